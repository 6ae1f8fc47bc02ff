import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isIntegrationError, type IntegrationError } from "@/lib/integrations/core";
import { formatMoscowDateTime, parseMoscowDateTime } from "@/lib/integrations/wildberries/moscow-time";
import { collect, DAY_MS, SANDBOX_START, startWbSandbox, type WbHarness } from "./harness";

let wb: WbHarness;
beforeAll(async () => {
  wb = await startWbSandbox({ scale: 3000 });
});
afterAll(() => wb.sandbox.close());

async function failure(promise: Promise<unknown>): Promise<IntegrationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isIntegrationError(error)) throw new Error(`expected an IntegrationError, got ${String(error)}`);
  return error;
}

describe("Wildberries client against the sandbox", () => {
  it("pings every host with a full-scope token", async () => {
    const client = wb.client();
    for (const host of ["common", "content", "statistics", "analytics", "marketplace"] as const) {
      const pong = await client.ping(host);
      expect(pong.Status).toBe("OK");
      expect(pong.TS).toMatch(/\+03:00$/);
    }
  });

  it("pages every card by the (updatedAt, nmID) cursor up to the summary's product count", async () => {
    const client = wb.client();
    const pages = [];
    for await (const page of client.iterateCards(undefined, 100)) pages.push(page);
    const ids = pages.flatMap((p) => p.items.map((c) => c.nmID));
    const summary = await wb.summary(client.accountKey);
    expect(ids.length).toBe(summary.products);
    expect(new Set(ids).size).toBe(ids.length);
    const times = pages.flatMap((p) => p.items.map((c) => Date.parse(c.updatedAt)));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // Resuming from a persisted cursor continues after that page.
    const resumed = await collect(client.iterateCards(pages[0].cursor, 100));
    expect(resumed.length).toBe(summary.products - pages[0].items.length);
    expect(resumed[0].nmID).toBe(pages[1].items[0].nmID);
  });

  it("lists orders from dateFrom in lastChangeDate order, in Moscow time", async () => {
    const client = wb.client();
    const from = new Date(SANDBOX_START.getTime() - 10 * DAY_MS);
    const orders = await client.listOrders({ dateFrom: from });
    expect(orders.length).toBeGreaterThan(200);
    const changes = orders.map((o) => parseMoscowDateTime(o.lastChangeDate) as number);
    expect(changes.every((t) => t >= from.getTime() && t <= SANDBOX_START.getTime())).toBe(true);
    expect([...changes].sort((a, b) => a - b)).toEqual(changes);
    expect(orders[0].date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    const cancelled = orders.filter((o) => o.isCancel);
    expect(cancelled.length).toBeGreaterThan(0);
    for (const o of cancelled) expect(o.lastChangeDate).toBe(o.cancelDate);
  });

  it("lists one day of orders with flag=1", async () => {
    const client = wb.client();
    const day = formatMoscowDateTime(SANDBOX_START.getTime() - 3 * DAY_MS).slice(0, 10);
    const orders = await client.listOrders({ dateFrom: day, flag: 1 });
    expect(orders.length).toBeGreaterThan(10);
    expect(orders.every((o) => o.date.startsWith(day))).toBe(true);
  });

  it("pages sales and returns to the summary's count, returns with R ids and negative amounts", async () => {
    const client = wb.client();
    const sales = await collect(client.iterateSales("2025-01-01"));
    expect(sales.length).toBe((await wb.summary(client.accountKey)).sales);
    expect(new Set(sales.map((s) => s.saleID)).size).toBe(sales.length);
    const returns = sales.filter((s) => s.saleID.startsWith("R"));
    expect(returns.length).toBeGreaterThan(0);
    expect(returns.every((r) => r.totalPrice < 0 && r.forPay < 0)).toBe(true);
  });

  it("reads the WB-warehouse stocks report by offset, to the summary's row count", async () => {
    const client = wb.client();
    const pages = [];
    for await (const page of client.iterateStocks(200)) pages.push(page);
    const rows = pages.flatMap((p) => p.items);
    expect(rows.length).toBe((await wb.summary(client.accountKey)).stocks);
    expect(new Set(rows.map((r) => `${r.nmId}:${r.warehouseId}`)).size).toBe(rows.length);
    expect(pages.at(-1)?.cursor).toBe(rows.length);
    const one = await client.getStocksReport({ nmIds: [rows[0].nmId] });
    expect(one.every((r) => r.nmId === rows[0].nmId)).toBe(true);
  });

  it("lists the seller's warehouses", async () => {
    const warehouses = await wb.client().listWarehouses();
    expect(warehouses.length).toBeGreaterThan(0);
    expect(warehouses[0]).toMatchObject({ id: expect.any(Number), name: expect.any(String) });
  });

  it("reports a request WB rejects as bad_request", async () => {
    const error = await failure(wb.client().listOrders({ dateFrom: "yesterday" }));
    expect(error.code).toBe("bad_request");
    expect(error.status).toBe(400);
    expect(error.operation).toBe("GET /api/v1/supplier/orders");
  });

  it("names the missing category when the token lacks statistics", async () => {
    const { token } = await wb.createAccount({ scopes: ["content", "analytics", "marketplace"] });
    const client = wb.client(token);
    expect((await client.listCards({ limit: 5 })).cards).toHaveLength(5);
    const error = await failure(client.listOrders({ dateFrom: "2026-05-01" }));
    expect(error.code).toBe("forbidden_scope");
    expect(error.missingScopes).toEqual(["statistics"]);
    expect(error.message).toContain("Statistics");
  });

  it("fails with auth_failed after the token is revoked, without retrying", async () => {
    const { accountKey, token } = await wb.createAccount({ scale: 100 });
    const client = wb.client(token, { maxAttempts: 4 });
    await client.listWarehouses();
    await wb.control("/revoke", { vendor: "wildberries", accountKey });
    const before = wb.sandbox.stats().wildberries?.["401"] ?? 0;
    const error = await failure(client.listWarehouses());
    expect(error.code).toBe("auth_failed");
    expect(error.status).toBe(401);
    expect((wb.sandbox.stats().wildberries?.["401"] ?? 0) - before).toBe(1);
  });

  it("fails with auth_failed for a token the sandbox did not sign", async () => {
    const [header, payload] = wb.demoToken.split(".");
    const forged = `${header}.${payload}.${"A".repeat(86)}`;
    const error = await failure(wb.client(forged).ping());
    expect(error.code).toBe("auth_failed");
  });

  it("refuses a non-JWT token before any request, in words", () => {
    expect(() => wb.client("0f8fad5b-d9cb-469f-a165-70867728950e")).toThrow(/Ozon Api-Key/);
  });
});
