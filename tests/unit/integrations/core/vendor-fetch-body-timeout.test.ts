import { randomUUID } from "node:crypto";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVendorFetch } from "@/lib/integrations/core/vendor-fetch";
import { integrationFailure } from "@/tests/support/integration-failure";

/**
 * Issue 12: a vendor (or anything posing as one) that sends its headers at once and then a byte
 * now and again must not hold a socket past the attempt's timeout. Every vendor client (WB, Ozon,
 * YooKassa, DaData, SMS Aero, SMS.ru) reads its answers through createVendorFetch.
 */
let server: net.Server;
let base: string;
const closed: Promise<void>[] = [];

beforeAll(async () => {
  server = net.createServer((socket) => {
    closed.push(new Promise((resolve) => socket.on("close", () => resolve())));
    socket.on("error", () => undefined);
    socket.once("data", () => {
      socket.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[");
      const drip = setInterval(() => socket.writable && socket.write("1,"), 20);
      socket.on("close", () => clearInterval(drip));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("createVendorFetch body timeout", () => {
  it("gives up on a trickled body within the attempt timeout and closes the socket", async () => {
    const vendorFetch = createVendorFetch({
      vendor: "trickle",
      accountKey: randomUUID(),
      rateLimits: [],
      timeoutMs: 300,
      maxAttempts: 1,
      logger: { debug: () => {} },
    });
    const started = performance.now();
    const error = await integrationFailure(vendorFetch(`${base}/orders`));
    expect(error.code).toBe("timeout");
    expect(performance.now() - started).toBeLessThan(1_500);
    await Promise.all(closed);
  });
});
