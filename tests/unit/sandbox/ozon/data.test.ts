import { describe, expect, it } from "vitest";
import { createSandboxRuntime } from "@/devtools/sandbox/core/context";
import { OzonAccounts, HISTORY_MS } from "@/devtools/sandbox/ozon/accounts";
import { productIndexFromId, productIndexFromSku, productListItem } from "@/devtools/sandbox/ozon/catalog";
import { MAX_LIFECYCLE_MS, postingStatus } from "@/devtools/sandbox/ozon/lifecycle";
import { fbsPosting, postingLines } from "@/devtools/sandbox/ozon/posting-rows";
import { stockLevel } from "@/devtools/sandbox/ozon/stock-levels";
import { accountSummary } from "@/devtools/sandbox/ozon/summary";
import { firstIndexAtOrAfter, postingTimeMs, postingsUpTo, schemeOf } from "@/devtools/sandbox/ozon/timeline";

const START = new Date("2026-06-01T09:00:00.000Z");

function account(scale: number, seed = 7) {
  const { ctx } = createSandboxRuntime({ seed, scale, clock: "manual", startAt: START });
  return new OzonAccounts().create(ctx, { scale });
}

describe("Ozon sandbox data generator", () => {
  it("places postings in strictly increasing time over the 90 days before the start", () => {
    const a = account(10_000);
    expect(postingTimeMs(a, 0)).toBeGreaterThanOrEqual(START.getTime() - HISTORY_MS);
    for (let i = 1; i < 10_000; i++) expect(postingTimeMs(a, i)).toBeGreaterThan(postingTimeMs(a, i - 1));
    expect(postingsUpTo(a, START.getTime())).toBe(10_000);
  });

  it("finds the first posting at a time by arithmetic, matching a linear search", () => {
    const a = account(1_000_000);
    for (const offsetDays of [0, 0.37, 12.5, 45, 89.999]) {
      const t = START.getTime() - HISTORY_MS + offsetDays * 86_400_000;
      const i = firstIndexAtOrAfter(a, t);
      expect(postingTimeMs(a, i)).toBeGreaterThanOrEqual(t);
      if (i > 0) expect(postingTimeMs(a, i - 1)).toBeLessThan(t);
    }
  });

  it("generates the same rows for the same seed and different rows for another", () => {
    const now = START.getTime();
    expect(fbsPosting(account(5000), 1234, now, true)).toEqual(fbsPosting(account(5000), 1234, now, true));
    expect(fbsPosting(account(5000, 8), 1234, now, true).products).not.toEqual(fbsPosting(account(5000), 1234, now, true).products);
  });

  it("maps product ids and SKUs back to their rows", () => {
    const a = account(20_000);
    const item = productListItem(a, 1999);
    expect(productIndexFromId(a, item.product_id)).toBe(1999);
    expect(productIndexFromSku(a, item.sku)).toBe(1999);
    expect(productIndexFromId(a, item.product_id + a.products)).toBeUndefined();
  });

  it("moves new postings from awaiting_packaging to delivered or cancelled as time passes", () => {
    const a = account(10_000);
    const newest = postingsUpTo(a, START.getTime()) - 1;
    const statusNow = postingStatus(a, newest, START.getTime());
    expect(["awaiting_packaging", "cancelled"]).toContain(statusNow);
    const later = START.getTime() + MAX_LIFECYCLE_MS;
    expect(["delivered", "cancelled"]).toContain(postingStatus(a, newest, later));
    const finals = new Set(Array.from({ length: 500 }, (_, k) => postingStatus(a, newest - k, later + MAX_LIFECYCLE_MS)));
    expect(finals).toEqual(new Set(["delivered", "cancelled"]));
  });

  it("changes stock levels as the clock moves", () => {
    const a = account(10_000);
    const levels = Array.from({ length: 8 }, (_, k) => stockLevel(a, 3, "fbs", START.getTime() + k * 6 * 3_600_000).present);
    expect(new Set(levels).size).toBeGreaterThan(1);
  });

  it("summarises exactly what a brute-force count of the rows gives, also after the clock moves", () => {
    const a = account(3000);
    for (const nowMs of [START.getTime(), START.getTime() + 3 * 86_400_000, START.getTime() + 20 * 86_400_000]) {
      const n = postingsUpTo(a, nowMs);
      let delivered = 0;
      let lines = 0;
      let fbs = 0;
      for (let i = 0; i < n; i++) {
        if (postingStatus(a, i, nowMs) === "delivered") delivered++;
        lines += postingLines(a, i).length;
        if (schemeOf(i) === "fbs") fbs++;
      }
      expect(accountSummary(a, nowMs)).toMatchObject({
        orders: n,
        sales: delivered,
        order_lines: lines,
        orders_fbs: fbs,
        orders_fbo: n - fbs,
        products: 300,
      });
    }
  });
});
