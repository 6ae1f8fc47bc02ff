import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * Runs a TypeScript entry point in a child Node process (tsx), with its output prefixed. The
 * `react-server` condition lets tools import server-only modules (the data layer) outside Next.
 */
export function spawnTsx(name: string, script: string, env: NodeJS.ProcessEnv, args: string[] = []): ChildProcess {
  const tsx = require.resolve("tsx");
  return spawnPrefixed(name, process.execPath, ["--conditions=react-server", "--import", tsx, script, ...args], env);
}

export function spawnPrefixed(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = `[${name}] `;
  const pipe = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) => {
    let buffer = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) out.write(prefix + line + "\n");
    });
  };
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
  return child;
}

/** Polls `url` until it answers with a status below 500, or fails after `timeoutMs`. */
export async function waitForHttp(
  url: string,
  opts: { timeoutMs: number; child?: ChildProcess; okStatus?: (s: number) => boolean; until?: (body: unknown) => boolean },
): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  const ok = opts.okStatus ?? ((s: number) => s < 500);
  while (Date.now() < deadline) {
    if (opts.child && opts.child.exitCode !== null) throw new Error(`${url}: the process exited with code ${opts.child.exitCode}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (ok(res.status) && (!opts.until || opts.until(await res.json().catch(() => undefined)))) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${Math.round(opts.timeoutMs / 1000)} s`);
}

/** Fails fast with a clear message when a port we need is taken. */
export async function assertPortFree(port: number, what: string): Promise<void> {
  const { createServer } = await import("node:net");
  await new Promise<void>((resolve, reject) => {
    const srv = createServer();
    srv.once("error", () =>
      reject(new Error(`Port ${port} (${what}) is in use. Stop the other process or set a different port in the environment.`)),
    );
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve()));
  });
}
