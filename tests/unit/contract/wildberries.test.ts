import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec, validateRequest, validateResponse, type LoadedSpec } from "@/tests/support/openapi-contract";
import { collect, DAY_MS, SANDBOX_START, startWbSandbox, type WbHarness } from "@/tests/unit/integrations/wildberries/harness";

/**
 * Both directions against WB's official specs: every request the client sends is valid for
 * its operation, and every answer the sandbox gives (successes and errors) matches the
 * documented response schema. Exchanges are recorded at the transport, below the client.
 */
const SPEC_OF: Array<{ path: string; method: string; spec: string }> = [
  { path: "/ping", method: "get", spec: "wildberries/01-general.yaml" },
  { path: "/content/v2/get/cards/list", method: "post", spec: "wildberries/02-items.yaml" },
  { path: "/api/v3/warehouses", method: "get", spec: "wildberries/02-items.yaml" },
  { path: "/api/analytics/v1/stocks-report/wb-warehouses", method: "post", spec: "wildberries/11-analytics.yaml" },
  { path: "/api/v1/supplier/orders", method: "get", spec: "wildberries/12-reports.yaml" },
  { path: "/api/v1/supplier/sales", method: "get", spec: "wildberries/12-reports.yaml" },
];

interface Exchange {
  operation: (typeof SPEC_OF)[number];
  spec: LoadedSpec;
  query: URLSearchParams;
  requestBody: unknown;
  status: number;
  responseBody: unknown;
}

let wb: WbHarness;
const exchanges: Exchange[] = [];

const recordingTransport: typeof fetch = async (input, init) => {
  const url = new URL(String(input));
  const inner = url.pathname.replace(/^\/wb\/[a-z]+/, "");
  const operation = SPEC_OF.find((o) => o.path === inner);
  if (!operation) throw new Error(`no spec operation for ${url.pathname}`);
  const res = await fetch(input, init);
  const text = await res.clone().text();
  exchanges.push({
    operation,
    spec: loadSpec(operation.spec),
    query: url.searchParams,
    requestBody:
      typeof init?.body === "string"
        ? JSON.parse(init.body)
        : init?.body
          ? JSON.parse(Buffer.from(init.body as ArrayBuffer).toString())
          : undefined,
    status: res.status,
    responseBody: text ? JSON.parse(text) : undefined,
  });
  return res;
};

beforeAll(async () => {
  wb = await startWbSandbox({ scale: 1500, rateLimits: "enforce" });
});
afterAll(() => wb.sandbox.close());

function checkAll(filter: (e: Exchange) => boolean) {
  const picked = exchanges.filter(filter);
  expect(picked.length).toBeGreaterThan(0);
  for (const e of picked) {
    const { path, method } = e.operation;
    expect(validateRequest(e.spec, method, path, { query: e.query, body: e.requestBody }), `${method} ${path} request`).toEqual([]);
    expect(validateResponse(e.spec, method, path, e.status, e.responseBody), `${method} ${path} ${e.status} response`).toEqual([]);
  }
  return picked;
}

describe("Wildberries client and sandbox against the official specs", () => {
  it("every operation's request and 200 answer match the spec", async () => {
    // Limits enforced on both sides, scaled 100× shorter so the test stays quick.
    const { token } = await wb.createAccount({ rateLimitScale: 0.01 });
    const client = wb.client(token, { fetch: recordingTransport, rateLimits: undefined, rateLimitScale: 0.01 });
    for (const host of ["common", "content", "statistics", "analytics", "marketplace"] as const) await client.ping(host);
    const first = await client.listCards({ limit: 20 });
    await client.listCards({ limit: 20, cursor: first.cursor });
    await client.listOrders({ dateFrom: new Date(SANDBOX_START.getTime() - 2 * DAY_MS) });
    await client.listOrders({ dateFrom: "2026-05-20", flag: 1 });
    await client.listSales({ dateFrom: "2026-05-25T10:00:00" });
    await collect(client.iterateStocks(1000));
    await client.getStocksReport({ nmIds: [first.cards[0].nmID], limit: 10 });
    await client.listWarehouses();
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
