import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { WILDBERRIES_OPERATIONS } from "@/scripts/gen-wildberries";
import { loadSpec, validateRequest, validateResponse, type LoadedSpec } from "@/tests/support/openapi-contract";
import { startVirtualClock } from "@/tests/unit/integrations/core/virtual-clock";
import { DAY_MS, SANDBOX_START, startWbSandbox, type WbHarness } from "@/tests/unit/integrations/wildberries/harness";
import { recordExchanges, type RecordedExchange } from "./recording-fetch";

/**
 * Both directions against WB's official specs: every request the client sends is valid for
 * its operation, and every answer the sandbox gives (successes and errors) matches the
 * documented response schema. Exchanges are recorded at the transport, below the client.
 */
/** Each operation the types are generated for, with the spec file that documents it. */
const SPEC_OF: Array<{ path: string; method: string; spec: string }> = Object.values(WILDBERRIES_OPERATIONS).flatMap(
  ({ file, operations }) =>
    Object.entries(operations).flatMap(([path, methods]) => methods.map((method) => ({ path, method, spec: `wildberries/${file}` }))),
);

interface Exchange extends RecordedExchange {
  operation: (typeof SPEC_OF)[number];
  spec: LoadedSpec;
}

let wb: WbHarness;
const exchanges: Exchange[] = [];
const WB_MOUNT = /^\/wb\/[a-z]+/;
function record(exchange: RecordedExchange) {
  const operation = SPEC_OF.find((o) => o.path === exchange.path);
  if (!operation) throw new Error(`no spec operation for ${exchange.url.pathname}`);
  exchanges.push({ ...exchange, operation, spec: loadSpec(operation.spec) });
}
const recordingTransport = recordExchanges(WB_MOUNT, record);

beforeAll(async () => {
  wb = await startWbSandbox({ scale: 1500, rateLimits: "enforce" });
});
afterAll(() => wb.sandbox.close());

function checkAll(filter: (e: Exchange) => boolean) {
  const picked = exchanges.filter(filter);
  expect(picked.length).toBeGreaterThan(0);
  for (const e of picked) {
    const { path, method } = e.operation;
    expect(validateRequest(e.spec, method, path, { query: e.url.searchParams, body: e.requestBody }), `${method} ${path} request`).toEqual(
      [],
    );
    expect(validateResponse(e.spec, method, path, e.status, e.responseBody), `${method} ${path} ${e.status} response`).toEqual([]);
  }
  return picked;
}

describe("Wildberries client and sandbox against the official specs", () => {
  it("every operation's request and 200 answer match the spec", async () => {
    // Limits enforced on both sides, scaled 100× shorter, on one virtual clock: no wall-clock stall can
    // turn a planned request into a 429 (the error test below counts every error answer).
    const clock = startVirtualClock();
    const { token } = await wb.createAccount({ rateLimitScale: 0.01 });
    const transport = recordExchanges(WB_MOUNT, record, clock.transport);
    const client = wb.client(token, { fetch: transport, rateLimits: undefined, rateLimitScale: 0.01 });
    try {
      for (const host of ["common", "content", "statistics", "analytics", "marketplace"] as const) await clock.run(client.ping(host));
      const first = await clock.run(client.listCards({ limit: 20 }));
      await clock.run(client.listCards({ limit: 20, cursor: first.cursor }));
      await clock.run(client.listOrders({ dateFrom: new Date(SANDBOX_START.getTime() - 2 * DAY_MS) }));
      await clock.run(client.listSales({ dateFrom: "2026-05-25T10:00:00" }));
      await clock.run(client.getStocksReport({ limit: 1000 }));
      await clock.run(client.getStocksReport({ nmIds: [first.cards[0].nmID], limit: 10 }));
      await clock.run(client.listWarehouses());
    } finally {
      vi.useRealTimers();
    }
    const ok = checkAll((e) => e.status === 200);
    expect(new Set(ok.map((e) => e.operation.path)).size).toBe(SPEC_OF.length);
  }, 30_000);

  it("error answers (400, 401, 429) match the spec's error schemas", async () => {
    const plain = async (path: string, init: RequestInit = {}) => recordingTransport(`${wb.sandbox.url}${path}`, init);
    const auth = { Authorization: (await wb.createAccount({})).token };
    await plain("/wb/statistics/api/v1/supplier/orders", { headers: auth });
    await plain("/wb/statistics/api/v1/supplier/sales?dateFrom=not-a-date", { headers: auth });
    await plain("/wb/analytics/api/analytics/v1/stocks-report/wb-warehouses", {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ limit: 300000 }),
    });
    await plain("/wb/content/content/v2/get/cards/list", {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ settings: { cursor: { limit: 500 } } }),
    });
    await plain("/wb/marketplace/api/v3/warehouses", { headers: { Authorization: "not-a-token" } });
    const { token } = await wb.createAccount({ scopes: ["content"] });
    await plain("/wb/statistics/api/v1/supplier/orders?dateFrom=2026-05-01", { headers: { Authorization: token } });
    // Two sales calls in a row: the second is over "1 per minute, burst 1".
    const { token: fresh } = await wb.createAccount({});
    await plain("/wb/statistics/api/v1/supplier/sales?dateFrom=2026-05-31", { headers: { Authorization: fresh } });
    await plain("/wb/statistics/api/v1/supplier/sales?dateFrom=2026-05-31", { headers: { Authorization: fresh } });

    const errors = exchanges.filter((e) => e.status >= 400);
    expect(errors.map((e) => e.status).sort()).toEqual([400, 400, 400, 400, 401, 401, 429]);
    for (const e of errors) {
      const { path, method } = e.operation;
      expect(validateResponse(e.spec, method, path, e.status, e.responseBody), `${method} ${path} ${e.status}`).toEqual([]);
    }
  });
});
