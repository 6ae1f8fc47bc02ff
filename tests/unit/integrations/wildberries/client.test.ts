import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMoscowDateTime } from "@/lib/integrations/wildberries/moscow-time";
import { DAY_MS, SANDBOX_START, startWbSandbox, type WbHarness } from "./harness";
import { integrationFailure } from "@/tests/support/integration-failure";

let wb: WbHarness;
beforeAll(async () => {
  wb = await startWbSandbox({ scale: 3000 });
});
afterAll(() => wb.sandbox.close());

describe("Wildberries client against the sandbox", () => {
  it("pings every host with a full-scope token", async () => {
    const client = wb.client();
    for (const host of ["common", "content", "statistics", "analytics", "marketplace"] as const) {
      const pong = await client.ping(host);
      expect(pong.Status).toBe("OK");
      expect(pong.TS).toMatch(/\+03:00$/);
    }
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

  it("lists the seller's warehouses", async () => {
    const warehouses = await wb.client().listWarehouses();
    expect(warehouses.length).toBeGreaterThan(0);
    expect(warehouses[0]).toMatchObject({ id: expect.any(Number), name: expect.any(String) });
  });

  it("reports a request WB rejects as bad_request", async () => {
    const error = await integrationFailure(wb.client().listOrders({ dateFrom: "yesterday" }));
    expect(error.code).toBe("bad_request");
    expect(error.status).toBe(400);
    expect(error.operation).toBe("GET /api/v1/supplier/orders");
  });

  it("names the missing category when the token lacks statistics", async () => {
    const { token } = await wb.createAccount({ scopes: ["content", "analytics", "marketplace"] });
    const client = wb.client(token);
    expect((await client.listCards({ limit: 5 })).cards).toHaveLength(5);
    const error = await integrationFailure(client.listOrders({ dateFrom: "2026-05-01" }));
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
    const error = await integrationFailure(client.listWarehouses());
    expect(error.code).toBe("auth_failed");
    expect(error.status).toBe(401);
    expect((wb.sandbox.stats().wildberries?.["401"] ?? 0) - before).toBe(1);
  });

  it("fails with auth_failed for a token the sandbox did not sign", async () => {
    const [header, payload] = wb.demoToken.split(".");
    const forged = `${header}.${payload}.${"A".repeat(86)}`;
    const error = await integrationFailure(wb.client(forged).ping());
    expect(error.code).toBe("auth_failed");
  });

  it("refuses a non-JWT token before any request, in words", () => {
    expect(() => wb.client("0f8fad5b-d9cb-469f-a165-70867728950e")).toThrow(/Ozon Api-Key/);
  });
});
