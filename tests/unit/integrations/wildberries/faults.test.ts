import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWbSandbox, type WbHarness } from "./harness";
import { integrationFailure } from "@/tests/support/integration-failure";

/**
 * Faults injected by the sandbox, per kind. A test transport adds `x-sandbox-fault` to the
 * first N attempts only, so retries can be seen to succeed; setFaults covers the plan route.
 */
let wb: WbHarness;
beforeAll(async () => {
  wb = await startWbSandbox({ scale: 500 });
});
afterAll(() => wb.sandbox.close());

function faultyTransport(fault: string, times: number) {
  let sent = 0;
  const transport: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    if (sent++ < times) headers.set("x-sandbox-fault", fault);
    return fetch(input, { ...init, headers });
  };
  return { transport, attempts: () => sent };
}

describe("Wildberries client under injected faults", () => {
  it("retries a 429 after the X-Ratelimit-Retry the sandbox sent", async () => {
    const { transport, attempts } = faultyTransport("429", 1);
    const started = performance.now();
    const orders = await wb.client(undefined, { fetch: transport }).listOrders({ dateFrom: "2026-05-30" });
    expect(orders.length).toBeGreaterThan(0);
    expect(attempts()).toBe(2);
    // The injected 429 says X-Ratelimit-Retry: 1 (second).
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("gives up on persistent 429s as rate_limited with a retry time", async () => {
    const { transport } = faultyTransport("429", 100);
    const error = await integrationFailure(wb.client(undefined, { fetch: transport, maxAttempts: 2 }).listWarehouses());
    expect(error.code).toBe("rate_limited");
    expect(error.retryAt).toBeInstanceOf(Date);
  });

  it("retries 5xx answers and succeeds", async () => {
    const { transport, attempts } = faultyTransport("503", 2);
    const cards = await wb.client(undefined, { fetch: transport }).listCards({ limit: 3 });
    expect(cards.cards).toHaveLength(3);
    expect(attempts()).toBe(3);
  });

  it("reports vendor_unavailable when 5xx persists", async () => {
    const { transport, attempts } = faultyTransport("500", 100);
    const error = await integrationFailure(wb.client(undefined, { fetch: transport, maxAttempts: 3 }).listWarehouses());
    expect(error.code).toBe("vendor_unavailable");
    expect(attempts()).toBe(3);
  });

  it("times out on a held connection", async () => {
    const { transport } = faultyTransport("timeout", 100);
    const error = await integrationFailure(wb.client(undefined, { fetch: transport, timeoutMs: 300, maxAttempts: 2 }).ping());
    expect(error.code).toBe("timeout");
  });

  it("reports a truncated body as a contract violation", async () => {
    const { transport } = faultyTransport("truncate", 1);
    const error = await integrationFailure(wb.client(undefined, { fetch: transport }).listOrders({ dateFrom: "2026-05-25" }));
    expect(error.code).toBe("contract_violation");
  });

  it("reports a non-JSON body as a contract violation", async () => {
    const { transport } = faultyTransport("malformed-json", 1);
    const error = await integrationFailure(wb.client(undefined, { fetch: transport }).getStocksReport());
    expect(error.code).toBe("contract_violation");
  });

  it("reports a wrong-shaped body as a contract violation naming the field", async () => {
    const { transport } = faultyTransport("malformed-shape", 1);
    const error = await integrationFailure(wb.client(undefined, { fetch: transport }).listOrders({ dateFrom: "2026-05-25" }));
    expect(error.code).toBe("contract_violation");
    expect(error.field).toBe("0");
  });

  it("follows a fault plan set on the running sandbox", async () => {
    wb.sandbox.setFaults("500:1");
    try {
      const error = await integrationFailure(wb.client(undefined, { maxAttempts: 2 }).listWarehouses());
      expect(error.code).toBe("vendor_unavailable");
    } finally {
      wb.sandbox.setFaults("");
    }
    expect((await wb.client().listWarehouses()).length).toBeGreaterThan(0);
  });
});
