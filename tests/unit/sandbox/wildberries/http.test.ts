import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeWildberriesToken } from "@/lib/integrations/wildberries/token";
import { DAY_MS, SANDBOX_START, startWbSandbox, type WbHarness } from "@/tests/unit/integrations/wildberries/harness";

let wb: WbHarness;
beforeAll(async () => {
  wb = await startWbSandbox({ scale: 400 });
});
afterAll(() => wb.sandbox.close());

const get = (path: string, token?: string) => fetch(`${wb.sandbox.url}${path}`, { headers: token ? { Authorization: token } : {} });

describe("WB sandbox over HTTP", () => {
  it("lists a deterministic demo account whose token reads like WB's", async () => {
    const body = (await (await wb.control("/accounts")).json()) as {
      vendors: { wildberries: Array<{ accountKey: string; credentials: { token: string } }> };
    };
    const [demo] = body.vendors.wildberries;
    expect(demo.credentials.token).toBe(wb.demoToken);
    const header = JSON.parse(Buffer.from(demo.credentials.token.split(".")[0], "base64url").toString());
    expect(header).toMatchObject({ alg: "ES256", typ: "JWT" });
    const info = decodeWildberriesToken(demo.credentials.token);
    expect(info.sellerId).toBe(demo.accountKey);
    expect(info.categories).toEqual(expect.arrayContaining(["content", "statistics", "analytics", "marketplace"]));
  });

  it("answers a missing or foreign token with WB's 401 problem body", async () => {
    for (const res of [await get("/wb/common/ping"), await get("/wb/common/ping", "abc.def.ghi")]) {
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(await res.json()).toMatchObject({ title: "unauthorized", status: 401, statusText: "Unauthorized" });
    }
  });

  it("refuses a token whose category does not match the host, but common-api /ping takes any", async () => {
    const { token } = await wb.createAccount({ scopes: ["promotion"] });
    expect((await get("/wb/common/ping", token)).status).toBe(200);
    const res = await get("/wb/statistics/ping", token);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { detail: string }).detail).toContain("statistics");
  });

  it("expires a token when the sandbox clock passes its exp", async () => {
    const { token } = await wb.createAccount({ expiresAt: new Date(SANDBOX_START.getTime() + DAY_MS).toISOString() });
    expect((await get("/wb/marketplace/api/v3/warehouses", token)).status).toBe(200);
    wb.sandbox.advanceClock(2 * DAY_MS);
    const res = await get("/wb/marketplace/api/v3/warehouses", token);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { detail: string }).detail).toContain("expired");
  });

  it("sizes a created account's data by its scale and reports it in the summary", async () => {
    const { accountKey } = await wb.createAccount({ scale: 1000 });
    const summary = await wb.summary(accountKey);
    expect(summary.products).toBe(100);
    expect(summary.orders).toBeGreaterThanOrEqual(1000);
    expect(summary.stocks).toBeGreaterThanOrEqual(100);
    expect(summary.sales).toBeGreaterThan(0);
  });

  it("answers bad statistics parameters in WB's shape", async () => {
    const missing = await get("/wb/statistics/api/v1/supplier/orders", wb.demoToken);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ errors: ["dateFrom: field required"] });
    const badFlag = await get("/wb/statistics/api/v1/supplier/orders?dateFrom=2026-05-01&flag=2", wb.demoToken);
    expect(await badFlag.json()).toEqual({ errors: "flag: Value not validated" });
  });
});
