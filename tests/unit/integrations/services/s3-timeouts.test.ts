import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createS3Storage } from "@/lib/integrations/s3/client";

/**
 * Issue 12, attack 3: a socket to a seller's endpoint that never answered stayed open for 27
 * minutes. Every S3 call now has a whole-call deadline (body included); small limits keep these
 * tests fast, and the server side shows the socket was actually closed.
 */
const servers: net.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function serve(onSocket: (socket: net.Socket) => void) {
  const closed: Promise<void>[] = [];
  const server = net.createServer((socket) => {
    closed.push(new Promise((resolve) => socket.on("close", () => resolve())));
    socket.on("error", () => undefined);
    // Read what the client sends (and ignore it): a paused socket would never see the client hang up.
    socket.resume();
    onSocket(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, closed };
}

function storageAt(endpoint: string) {
  return createS3Storage(
    { endpoint, region: "ru-central1", bucket: "files", accessKeyId: "AK", secretAccessKey: "SK", forcePathStyle: true },
    { policy: { allowLoopback: true }, timeouts: { connectMs: 200, callMs: 400 } },
  );
}

async function timed<T>(promise: Promise<T>) {
  const started = performance.now();
  const outcome = await promise.then(
    () => "resolved",
    (error: unknown) => error,
  );
  return { outcome, elapsedMs: performance.now() - started };
}

describe("S3 call deadlines", () => {
  it("gives up on an endpoint that accepts the connection and never answers, and closes the socket", async () => {
    const silent = await serve(() => undefined); // accepts, reads, never answers
    const { outcome, elapsedMs } = await timed(storageAt(silent.endpoint).headBucket());
    expect(outcome).toMatchObject({ code: "vendor_unavailable", message: "S3 endpoint unreachable" });
    expect(elapsedMs).toBeLessThan(1_500);
    await Promise.all(silent.closed);
  });

  it("gives up on a body trickled a byte at a time", async () => {
    const trickle = await serve((socket) => {
      socket.once("data", () => {
        socket.write("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/xml\r\nContent-Length: 100000\r\n\r\n<Error>");
        const drip = setInterval(() => socket.writable && socket.write("x"), 20);
        socket.on("close", () => clearInterval(drip));
      });
    });
    const { outcome, elapsedMs } = await timed(storageAt(trickle.endpoint).deleteObject("report.csv"));
    expect(outcome).toMatchObject({ code: "vendor_unavailable" });
    expect(elapsedMs).toBeLessThan(1_500);
    await Promise.all(trickle.closed);
  });
});
