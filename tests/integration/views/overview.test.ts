import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { getOverview } from "@/lib/data/overview/get-overview";
import { parseOverviewParams } from "@/lib/validations/overview";
import { createSeller, insertOrders, insertSales, type Seller } from "../../support/factories/marketplace";
import { openSellers } from "./sellers";

// Today in Moscow is 2025-03-20; "7d" is 14–20 March, the period before it 7–13 March.
const NOW = new Date("2025-03-20T12:00:00Z");
const at = (iso: string) => new Date(iso);

let db: Db, seller: Seller, other: Seller;

beforeAll(async () => {
  ({ db, seller, other } = await openSellers());
  await insertOrders(db, seller, [
    { orderedAt: at("2025-03-14T09:00:00Z"), amount: "1000.00" },
    { orderedAt: at("2025-03-14T10:00:00Z"), amount: "500.00", marketplace: "ozon" },
    // 22:30 UTC on the 19th is 01:30 on the 20th in Moscow.
    { orderedAt: at("2025-03-19T22:30:00Z"), amount: "300.00" },
    { orderedAt: at("2025-03-15T10:00:00Z"), amount: "999.00", isCancelled: true },
    // The period before: 2 orders.
    { orderedAt: at("2025-03-10T10:00:00Z"), amount: "100.00" },
    { orderedAt: at("2025-03-13T20:59:59Z"), amount: "100.00", marketplace: "ozon" }, // 23:59:59 MSK on the 13th
    // Outside both periods.
    { orderedAt: at("2025-03-06T20:59:59Z"), amount: "100.00" },
  ]);
  await insertSales(db, seller, [
    { soldAt: at("2025-03-14T12:00:00Z"), amount: "1000.00" },
    { soldAt: at("2025-03-16T12:00:00Z"), amount: "2000.50", marketplace: "ozon" },
    { soldAt: at("2025-03-17T12:00:00Z"), amount: "-1000.00", kind: "return" },
    { soldAt: at("2025-03-12T12:00:00Z"), amount: "400.00" },
  ]);
  // Another organisation's business in the same days must not count.
  await insertOrders(db, other, [{ orderedAt: at("2025-03-14T09:00:00Z"), amount: "77777.00" }]);
  await insertSales(db, other, [{ soldAt: at("2025-03-14T12:00:00Z"), amount: "77777.00" }]);
});
afterAll(() => db.$disconnect());

const overview = (query: Record<string, string>, s: Seller = seller) =>
  getOverview({ db, organizationId: s.organizationId, range: parseOverviewParams(query, NOW).range });

describe("overview", () => {
  it("computes the KPIs of the period and of the period before it", async () => {
    const o = await overview({ period: "7d" });
    expect([o.range.from, o.range.to, o.previous.from, o.previous.to]).toEqual(["2025-03-14", "2025-03-20", "2025-03-07", "2025-03-13"]);
    // Revenue is net of returns: 1000 + 2000.50 − 1000; the average check is over sales only.
    expect(o.current).toEqual({ revenueKopecks: 200050, orders: 3, sales: 2, returns: 1, averageCheckKopecks: 150025 });
    expect(o.before).toEqual({ revenueKopecks: 40000, orders: 2, sales: 1, returns: 0, averageCheckKopecks: 40000 });
    expect(o.change.orders).toBeCloseTo(0.5);
    expect(o.change.revenueKopecks).toBeCloseTo((200050 - 40000) / 40000);
    expect(o.change.returns).toBeNull();
  });

  it("buckets days in Moscow time, per marketplace, with every day of the period present", async () => {
    const o = await overview({ period: "7d" });
    expect(o.series.map((p) => p.day)).toEqual([
      "2025-03-14",
      "2025-03-15",
      "2025-03-16",
      "2025-03-17",
      "2025-03-18",
      "2025-03-19",
      "2025-03-20",
    ]);
    const day = (d: string) => o.series.find((p) => p.day === d)!;
    expect(day("2025-03-14").orders).toEqual({ wildberries: 1, ozon: 1 });
    expect(day("2025-03-19").orders).toEqual({ wildberries: 0, ozon: 0 });
    expect(day("2025-03-20").orders).toEqual({ wildberries: 1, ozon: 0 });
    expect(day("2025-03-15").orders).toEqual({ wildberries: 0, ozon: 0 }); // only a cancelled order
    expect(day("2025-03-16").revenue).toEqual({ wildberries: 0, ozon: 200050 });
    expect(day("2025-03-17").revenue).toEqual({ wildberries: -100000, ozon: 0 });
  });

  it("takes a custom range and compares it with as many days before it", async () => {
    const o = await overview({ from: "2025-03-13", to: "2025-03-14" });
    expect(o.range.days).toBe(2);
    expect([o.previous.from, o.previous.to]).toEqual(["2025-03-11", "2025-03-12"]);
    expect(o.current.orders).toBe(3);
    expect(o.before).toMatchObject({ orders: 0, sales: 1, revenueKopecks: 40000 });
  });

  it("is empty, not failing, for an organisation without data", async () => {
    const empty = await createSeller(db);
    const o = await overview({}, empty);
    expect(o.hasData).toBe(false);
    expect(o.series).toHaveLength(30);
    expect(o.current).toEqual({ revenueKopecks: 0, orders: 0, sales: 0, returns: 0, averageCheckKopecks: 0 });
  });
});
