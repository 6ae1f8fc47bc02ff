import { createServer } from "node:net";

/**
 * A loopback port nobody listens on right now: the OS picks it for a throwaway server that closes
 * at once. Harnesses need the port before they start, because lib/env reads base URLs only once.
 * The probe is unref'd so a global setup waiting on nothing else never hangs on it.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
