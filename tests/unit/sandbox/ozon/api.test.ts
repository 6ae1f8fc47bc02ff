import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSandbox, type RunningSandbox } from "@/devtools/sandbox/core/server";
import { createOzonSandbox } from "@/devtools/sandbox/ozon";
import { generatedBy } from "../generated-values";

vi.mock("@/devtools/sandbox/ozon/hash", async (real) => (await import("../generated-values")).countingHashes(await real()));

/** The fake Ozon API over HTTP, as any client (ours or curl) sees it. */
const START = new Date("2026-06-01T09:00:00.000Z");
let sandbox: RunningSandbox;
let demo: { clientId: string; apiKey: string };

beforeAll(async () => {
  sandbox = await startSandbox({
    seed: 3,
    scale: 1_000_000,
    clock: "manual",
    startAt: START,
    rateLimits: "off",
    vendors: [createOzonSandbox()],
  });
  const accounts = (await (await fetch(`${sandbox.url}/__sandbox/accounts`)).json()) as {
    vendors: { ozon: Array<{ credentials: typeof demo }> };
  };
  demo = accounts.vendors.ozon[0].credentials;
});
afterAll(() => sandbox.close());

async function post(path: string, body: unknown, credentials: Partial<typeof demo> | null = demo) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (credentials?.clientId) headers["client-id"] = credentials.clientId;
  if (credentials?.apiKey) headers["api-key"] = credentials.apiKey;
  const res = await fetch(`${sandbox.url}/ozon${path}`, { method: "POST", headers, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

const fbsFilter = { since: "2026-03-01T00:00:00Z", to: "2026-06-01T09:00:00Z" };

describe("Ozon sandbox API", () => {
  it("serves a deterministic demo account with a numeric Client-Id and a UUID-shaped key", () => {
    expect(demo.clientId).toMatch(/^\d+$/);
    expect(demo.apiKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("answers missing or wrong credentials with 401 in Ozon's error shape", async () => {
    expect(await post("/v3/product/list", { limit: 1 }, null)).toMatchObject({
      status: 401,
      body: { code: 16, message: "Client-Id and Api-Key headers are required", details: [] },
    });
    const wrong = await post("/v3/product/list", { limit: 1 }, { ...demo, apiKey: "00000000-0000-4000-a000-000000000000" });
    expect(wrong).toMatchObject({ status: 401, body: { message: "Invalid Api-Key, please check the key and try again" } });
    expect((await post("/v9/unknown", {})).status).toBe(404);
  });

  it("rejects bad posting requests with 400 and a reason", async () => {
    expect((await post("/v4/posting/fbs/list", { filter: { since: fbsFilter.since }, limit: 10 })).body.message).toMatch(/filter\.to/);
    expect((await post("/v4/posting/fbs/list", { filter: fbsFilter })).body.message).toMatch(/limit/);
    expect((await post("/v4/posting/fbs/list", { filter: fbsFilter, limit: 101 })).body.message).toMatch(/limit must be from 1 to 100/);
    expect((await post("/v3/posting/fbo/list", { filter: { since: "2025-01-01T00:00:00Z", to: fbsFilter.to }, limit: 10 })).body).toEqual({
      code: 3,
      message: "PERIOD_IS_TOO_LONG",
      details: [],
    });
    expect((await post("/v4/posting/fbs/list", { filter: fbsFilter, limit: 10, cursor: "%%%" })).status).toBe(400);
    expect((await post("/v3/product/list", { limit: 1001 })).status).toBe(400);
  });

  it("serves a 1000-product page and a deep posting page of a 1M-posting account quickly", async () => {
    const { result: products, values: productValues } = await generatedBy(() => post("/v3/product/list", { limit: 1000 }));
    expect(products.body.result.items).toHaveLength(1000);
    expect(products.body.result.total).toBe(100_000);
    // The page's 1000 items are generated, never the 100,000-product catalogue behind them.
    expect(productValues).toBeLessThan(20 * 1000);

    // The cursor of the last page of the period: seeking there costs the same as the first page.
    const deep = Buffer.from(JSON.stringify({ next: 999_850 })).toString("base64");
    const body = { filter: fbsFilter, limit: 100, with: { financial_data: true } };
    const { values: firstPageValues } = await generatedBy(() => post("/v4/posting/fbs/list", body));
    const { result: page, values: deepPageValues } = await generatedBy(() => post("/v4/posting/fbs/list", { ...body, cursor: deep }));
    // A posting costs a few dozen generated values at most, wherever the page starts.
    expect(firstPageValues).toBeLessThan(50 * 100);
    expect(deepPageValues).toBeLessThanOrEqual(firstPageValues * 1.5);
    expect(page.body.postings.length).toBeGreaterThan(0);
    expect(page.body.postings.length).toBeLessThanOrEqual(100);
    expect(page.body.has_next).toBe(false);
  });

  it("finds postings by number", async () => {
    const first = await post("/v4/posting/fbs/list", { filter: fbsFilter, limit: 3 });
    const wanted = first.body.postings[2].posting_number;
    const found = await post("/v4/posting/fbs/list", { filter: { ...fbsFilter, order_numbers: [wanted.replace(/-1$/, "")] }, limit: 10 });
    expect(found.body.postings.map((p: { posting_number: string }) => p.posting_number)).toEqual([wanted]);
  });

  it("lets new postings arrive and statuses move when the clock advances", async () => {
    const window = { since: "2026-06-01T08:00:00Z", to: "2026-06-10T00:00:00Z" };
    const before = await post("/v4/posting/fbs/list", { filter: window, limit: 100 });
    expect(before.body.postings.every((p: { status: string }) => ["awaiting_packaging", "cancelled"].includes(p.status))).toBe(true);
    sandbox.advanceClock(8 * 86_400_000);
    const after = await post("/v4/posting/fbs/list", { filter: window, limit: 100 });
    const byNumber = new Map(after.body.postings.map((p: { posting_number: string; status: string }) => [p.posting_number, p.status]));
    for (const p of before.body.postings) expect(["delivered", "cancelled"]).toContain(byNumber.get(p.posting_number));
    expect(after.body.has_next).toBe(true); // more than 100 new postings in the hours after the start
  });

  it("creates accounts at a chosen scale and summarises them", async () => {
    const res = await fetch(`${sandbox.url}/__sandbox/accounts`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ vendor: "ozon", scale: 500 }),
    });
    const account = (await res.json()) as { accountKey: string };
    const summary = (await (await fetch(`${sandbox.url}/__sandbox/summary`)).json()) as any;
    expect(summary.vendors.ozon[account.accountKey]).toMatchObject({ products: 50, orders: expect.any(Number) });
    expect(summary.vendors.ozon[account.accountKey].orders).toBeGreaterThanOrEqual(500);
  });
});
