import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAnalytics } from "@/lib/integrations/ozon/operations/analytics";
import { listFboPostings, listFbsPostings } from "@/lib/integrations/ozon/operations/postings";
import { getProductInfo, listProductCards, listProducts } from "@/lib/integrations/ozon/operations/products";
import { getApiKeyInfo } from "@/lib/integrations/ozon/operations/roles";
import { listStocks } from "@/lib/integrations/ozon/operations/stocks";
import { collect, DAY_MS, SANDBOX_START, startOzonSandbox, type OzonSandbox } from "./harness";

let oz: OzonSandbox;
beforeAll(async () => {
  oz = await startOzonSandbox({ scale: 3000 });
});
afterAll(() => oz.sandbox.close());

const period = { since: new Date(SANDBOX_START.getTime() - 100 * DAY_MS), to: SANDBOX_START };

describe("Ozon client against the sandbox", () => {
  it("pages through every product by last_id and reaches the summary's product count", async () => {
    const client = oz.client();
    const pages = [];
    for await (const page of listProducts(client, { limit: 120 })) pages.push(page);
    const ids = pages.flatMap((p) => p.items.map((i) => i.product_id));
    expect(ids.length).toBe((await oz.summary()).products);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages.at(-1)).toMatchObject({ cursor: "", hasMore: false });
    expect(pages[0].hasMore).toBe(true);
  });

  it("resumes product paging from a persisted cursor without repeating rows", async () => {
    const client = oz.client();
    const first = await listProducts(client, { limit: 100 }).next();
    if (first.done) throw new Error("no first page");
    const rest = await collect(listProducts(client, { limit: 100, lastId: first.value.cursor }));
    const all = [...first.value.items, ...rest].map((p) => p.offer_id);
    expect(new Set(all).size).toBe((await oz.summary()).products);
  });

  it("fetches product cards in batches and joins them to list pages", async () => {
    const client = oz.client();
    const cards = await collect(listProductCards(client));
    expect(cards).toHaveLength((await oz.summary()).products);
    expect(cards[0]).toMatchObject({ offer_id: "OZ-000001", currency_code: "RUB" });
    expect(Number(cards[0].price)).toBeGreaterThan(0);
    const two = await getProductInfo(client, [cards[5].id, cards[7].id]);
    expect(two.map((c) => c.offer_id)).toEqual([cards[5].offer_id, cards[7].offer_id]);
  });

  it("pages stocks by cursor and reaches the summary's stock rows and units", async () => {
    const items = await collect(listStocks(oz.client(), { limit: 70 }));
    const rows = items.flatMap((i) => i.stocks);
    const summary = await oz.summary();
    expect(rows).toHaveLength(summary.stocks);
    expect(rows.reduce((sum, r) => sum + r.present, 0)).toBe(summary.stock_units);
  });

  it("lists FBS (v4) and FBO (v3) postings of the period, together exactly the summary's orders and sales", async () => {
    const client = oz.client();
    const fbs = await collect(listFbsPostings(client, period));
    const fbo = await collect(listFboPostings(client, { ...period, withFinancialData: true }));
    const summary = await oz.summary();
    expect(fbs).toHaveLength(summary.orders_fbs);
    expect(fbo).toHaveLength(summary.orders_fbo);
    const numbers = new Set([...fbs, ...fbo].map((p) => p.posting_number));
    expect(numbers.size).toBe(summary.orders);
    expect([...fbs, ...fbo].filter((p) => p.status === "delivered")).toHaveLength(summary.sales);
    expect(fbs.map((p) => p.in_process_at)).toEqual([...fbs.map((p) => p.in_process_at)].sort());
  });

  it("filters postings by status", async () => {
    const cancelled = await collect(listFbsPostings(oz.client(), { ...period, statuses: ["cancelled"] }));
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((p) => p.status === "cancelled")).toBe(true);
  });

  it("rejects a period longer than a year before calling Ozon", () => {
    expect(() => listFbsPostings(oz.client(), { since: new Date(SANDBOX_START.getTime() - 400 * DAY_MS), to: SANDBOX_START })).toThrow(
      /one year/,
    );
  });

  it("reads analytics by day, matching the revenue of the postings", async () => {
    const day = new Date(SANDBOX_START.getTime() - 10 * DAY_MS).toISOString().slice(0, 10);
    const report = await getAnalytics(oz.client(), {
      dateFrom: day,
      dateTo: day,
      metrics: ["revenue", "ordered_units"],
      dimension: ["day"],
    });
    expect(report.result.data).toHaveLength(1);
    expect(report.result.data[0].dimensions[0].id).toBe(day);
    const [revenue, units] = report.result.data[0].metrics;
    expect(units).toBeGreaterThan(0);
    expect(revenue).toBeGreaterThan(units);
    expect(report.result.totals).toEqual([revenue, units]);
  });

  it("reads the API key's roles and expiry", async () => {
    const info = await getApiKeyInfo(oz.client());
    expect(info.roles.map((r) => r.name)).toContain("Posting FBS");
    expect(info.expiresAt!.getTime()).toBeGreaterThan(SANDBOX_START.getTime());
  });
});
