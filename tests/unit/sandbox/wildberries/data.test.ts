import { describe, expect, it, vi } from "vitest";
import { formatMoscowDateTime, parseMoscowDateTime } from "@/lib/integrations/wildberries/moscow-time";
import { createSandboxRuntime } from "@/devtools/sandbox/core/context";
import { firstProductAfter, product, productUpdatedAtMs } from "@/devtools/sandbox/wildberries/data/catalog";
import { readFeed } from "@/devtools/sandbox/wildberries/data/feed";
import {
  cancelTimeMs,
  orderCountAt,
  orderLastChangeMs,
  orderTimeMs,
  firstOrderAtOrAfter,
} from "@/devtools/sandbox/wildberries/data/orders";
import { saleCountAt, saleEvents } from "@/devtools/sandbox/wildberries/data/sales";
import { stockRowCount, stockRows } from "@/devtools/sandbox/wildberries/data/stocks";
import { createWorld, DAY_MS, HISTORY_MS } from "@/devtools/sandbox/wildberries/data/world";
import { createWildberriesSandbox } from "@/devtools/sandbox/wildberries";
import { generatedBy } from "../generated-values";

vi.mock("@/devtools/sandbox/wildberries/data/hash", async (real) => (await import("../generated-values")).countingHashes(await real()));

const START = new Date("2026-06-01T09:00:00Z");
const runtime = () => createSandboxRuntime({ seed: 3, scale: 5000, clock: "manual", startAt: START, rateLimits: "off" });

describe("WB sandbox data, generated on demand", () => {
  const { ctx } = runtime();
  const world = createWorld(ctx, "seller-a", 5000);
  const now = START.getTime();

  it("spreads `scale` orders over the 90 days before the start, and keeps them coming", () => {
    expect(orderCountAt(world, now)).toBe(5000);
    expect(orderTimeMs(world, 0)).toBeGreaterThanOrEqual(now - HISTORY_MS);
    expect(orderCountAt(world, now + 9 * DAY_MS)).toBe(5500);
    for (let i = 1; i < 6000; i++) expect(orderTimeMs(world, i)).toBeGreaterThanOrEqual(orderTimeMs(world, i - 1));
    const t = orderTimeMs(world, 1234);
    expect(firstOrderAtOrAfter(world, t)).toBeLessThanOrEqual(1234);
    expect(orderTimeMs(world, firstOrderAtOrAfter(world, t + 1))).toBeGreaterThan(t);
  });

  it("yields the orders feed in lastChangeDate order, each order once, exactly as brute force", () => {
    const fromMs = now - 30 * DAY_MS;
    const source = {
      maxDelayMs: DAY_MS,
      baseTimeMs: (i: number) => orderTimeMs(world, i),
      firstIndexAtOrAfter: (t: number) => firstOrderAtOrAfter(world, t),
      events: (i: number, n: number, push: (at: number, kind: number) => void) => push(orderLastChangeMs(world, i, n), 0),
    };
    const feed = readFeed(source, { fromMs, nowMs: now, limit: Number.POSITIVE_INFINITY });
    const brute = [];
    for (let i = 0; i < orderCountAt(world, now); i++) {
      const at = orderLastChangeMs(world, i, now);
      if (at >= fromMs) brute.push({ atMs: at, index: i });
    }
    brute.sort((a, b) => a.atMs - b.atMs || a.index - b.index);
    expect(feed.map((r) => [r.atMs, r.index])).toEqual(brute.map((r) => [r.atMs, r.index]));
    const limited = readFeed(source, { fromMs, nowMs: now, limit: 100 });
    expect(limited).toEqual(feed.slice(0, 100));
  });

  it("cancels some orders within 24 h, moving their lastChangeDate when the clock passes it", () => {
    const cancelled = Array.from({ length: 5000 }, (_, i) => i).filter((i) => cancelTimeMs(world, i) !== undefined);
    expect(cancelled.length / 5000).toBeGreaterThan(0.03);
    expect(cancelled.length / 5000).toBeLessThan(0.09);
    const i = cancelled[0];
    const at = cancelTimeMs(world, i) as number;
    expect(at - orderTimeMs(world, i)).toBeLessThanOrEqual(DAY_MS);
    expect(orderLastChangeMs(world, i, at - 1)).toBe(orderTimeMs(world, i));
    expect(orderLastChangeMs(world, i, at)).toBe(at);
  });

  it("counts sales and returns as brute force does", () => {
    for (const at of [now, now + 5 * DAY_MS]) {
      let brute = 0;
      for (let i = 0; i < orderCountAt(world, at); i++) saleEvents(world, i, at, () => brute++);
      expect(saleCountAt(world, at)).toBe(brute);
    }
  });

  it("keeps cards ordered by (updatedAt, nmID) so the cursor is a binary search", () => {
    for (let j = 1; j < world.productCount; j++) expect(productUpdatedAtMs(world, j)).toBeGreaterThan(productUpdatedAtMs(world, j - 1));
    const p = product(world, 120);
    expect(firstProductAfter(world, p.updatedAtMs, p.nmID)).toBe(121);
    expect(firstProductAfter(world, p.updatedAtMs, p.nmID - 1)).toBe(120);
    expect(world.productCount).toBe(500);
  });

  it("reports one stocks row per (product, warehouse), quantities changing every 30 minutes", () => {
    const rows = stockRows(world, { offset: 0, limit: 1_000_000, nowMs: now });
    expect(rows.length).toBe(stockRowCount(world));
    expect(new Set(rows.map((r) => `${r.nmId}:${r.warehouseId}`)).size).toBe(rows.length);
    expect(stockRows(world, { offset: 10, limit: 5, nowMs: now })).toEqual(rows.slice(10, 15));
    const later = stockRows(world, { offset: 0, limit: 1_000_000, nowMs: now + 30 * 60_000 });
    expect(later.some((r, k) => r.quantity !== rows[k].quantity)).toBe(true);
  });

  it("formats and parses WB's Moscow wall time", () => {
    expect(formatMoscowDateTime(Date.parse("2026-03-04T15:08:31Z"))).toBe("2026-03-04T18:08:31");
    expect(formatMoscowDateTime(Date.parse("2026-03-04T22:00:00Z"))).toBe("2026-03-05T01:00:00");
    expect(parseMoscowDateTime("2026-03-04T18:08:31")).toBe(Date.parse("2026-03-04T15:08:31Z"));
    expect(parseMoscowDateTime("2026-03-04")).toBe(Date.parse("2026-03-03T21:00:00Z"));
    expect(parseMoscowDateTime("2019-06-20T00:00:00.12345")).toBe(Date.parse("2019-06-19T21:00:00.123Z"));
    expect(parseMoscowDateTime("2026-03-04T18:08:31Z")).toBe(Date.parse("2026-03-04T18:08:31Z"));
    expect(parseMoscowDateTime("2026-02-30")).toBeUndefined();
    expect(parseMoscowDateTime("yesterday")).toBeUndefined();
  });
});

describe("WB sandbox at 1M orders", () => {
  it("serves a full 80k-row orders page, serialised, well under a second of generation", async () => {
    const { ctx } = createSandboxRuntime({ seed: 1, scale: 1_000_000, clock: "manual", startAt: START, rateLimits: "off" });
    const vendor = createWildberriesSandbox();
    const [demo] = vendor.demoAccounts(ctx);
    const handler = vendor.mounts.find((m) => m.prefix === "/wb/statistics")!.handler;
    const request = (dateFrom: string) =>
      handler(
        {
          method: "GET",
          path: "/api/v1/supplier/orders",
          query: new URLSearchParams({ dateFrom }),
          headers: { authorization: demo.credentials.token },
          body: undefined,
          rawBody: "",
        },
        ctx,
      );
    const { result: page, values } = await generatedBy(() => request("2026-03-15"));
    const text = JSON.stringify(page.body);
    const perRow = values / 80_000;
    expect((page.body as unknown[]).length).toBe(80_000);
    expect(text.length).toBeGreaterThan(40_000_000);
    // About 13 generated values a row (some 300 ms for the page on one core). The count is exact, so the
    // budget is tight: seeking by walking the history from its start would already cost ~18 a row.
    expect(perRow).toBeLessThan(15);
    const summary = vendor.summary(ctx)[demo.accountKey];
    expect(summary).toMatchObject({ orders: 1_000_000, products: 100_000 });
    expect(summary.sales).toBeGreaterThan(600_000);
  }, 30_000);
});
