import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/validations/keyset-cursor";
import { previousRange, resolvePeriod } from "@/lib/validations/list-params";
import { ordersFilterParams, parseOrdersParams } from "@/lib/validations/orders";
import { parseOverviewParams } from "@/lib/validations/overview";
import { parseProductsParams } from "@/lib/validations/products";
import { parseSalesParams, salesFilterParams } from "@/lib/validations/sales";
import { parseStocksParams } from "@/lib/validations/stocks";

// 01:30 on 20 March in Moscow, still the 19th in UTC: "today" must be the Moscow day.
const NOW = new Date("2025-03-19T22:30:00Z");

describe("periods", () => {
  it("resolves presets to Moscow days ending today", () => {
    const range = resolvePeriod({ period: "7d" }, { now: NOW, fallback: "30d" })!;
    expect([range.from, range.to, range.days]).toEqual(["2025-03-14", "2025-03-20", 7]);
    expect(range.start.toISOString()).toBe("2025-03-13T21:00:00.000Z");
    expect(range.end.toISOString()).toBe("2025-03-20T21:00:00.000Z");
    const before = previousRange(range);
    expect([before.from, before.to]).toEqual(["2025-03-07", "2025-03-13"]);
  });

  it("takes custom days, swaps a reversed pair and clips an overlong span", () => {
    expect(resolvePeriod({ from: "2025-03-10", to: "2025-03-01" }, { now: NOW, fallback: "30d" })).toMatchObject({
      from: "2025-03-01",
      to: "2025-03-10",
      preset: "custom",
    });
    expect(parseOverviewParams({ from: "2020-01-01", to: "2025-03-01" }, NOW).range).toMatchObject({
      from: "2024-03-01",
      to: "2025-03-01",
      days: 366,
    });
    // A table's filter form sends its preset select too; filled-in days still win.
    expect(parseOrdersParams({ period: "30d", from: "2025-03-01", to: "2025-03-02" }, NOW).range).toMatchObject({
      preset: "custom",
      days: 2,
    });
  });

  it("falls back to the default for nonsense and never gives the overview 'all time'", () => {
    expect(parseOverviewParams({ period: "all" }, NOW).range.days).toBe(30);
    expect(parseOverviewParams({ period: "1y", from: "2025-13-01", to: "x" }, NOW).range.preset).toBe("30d");
    expect(parseOrdersParams({ period: "all" }, NOW).range).toBeNull();
  });
});

describe("table params", () => {
  it("parses the orders URL and falls back on every bad value", () => {
    const p = parseOrdersParams({ q: "  srid-1 ", marketplace: "ozon", status: "delivered", sort: "amount", dir: "asc", size: "100" }, NOW);
    expect(p).toMatchObject({ q: "srid-1", marketplace: "ozon", status: "delivered", sort: "amount", dir: "asc", pageSize: 100 });
    // Searching looks at all time unless a period is given.
    expect(p.range).toBeNull();
    const bad = parseOrdersParams(
      { marketplace: "amazon", status: "DROP TABLE", sort: "id; --", dir: "up", size: "5000", after: "!!" },
      NOW,
    );
    expect(bad).toMatchObject({
      marketplace: undefined,
      status: undefined,
      sort: "orderedAt",
      dir: "desc",
      pageSize: 50,
      after: undefined,
    });
    expect(bad.range?.days).toBe(30);
  });

  it("takes the first of repeated keys, as Next passes arrays", () => {
    expect(parseSalesParams({ kind: ["return", "sale"] }, NOW).kind).toBe("return");
    expect(parseSalesParams(new URLSearchParams("kind=sale&kind=return"), NOW).kind).toBe("sale");
  });

  it("round-trips the filters into links", () => {
    const p = parseOrdersParams({ q: "x", from: "2025-03-01", to: "2025-03-05", marketplace: "wildberries" }, NOW);
    expect(ordersFilterParams(p)).toEqual({
      q: "x",
      marketplace: "wildberries",
      period: "custom",
      from: "2025-03-01",
      to: "2025-03-05",
      sort: "orderedAt",
      dir: "desc",
      size: "50",
    });
    expect(parseOrdersParams(ordersFilterParams(p), NOW)).toEqual(p);
    const sales = parseSalesParams({ kind: "return", sort: "amount", dir: "asc", period: "7d", status: "delivered" }, NOW);
    expect(salesFilterParams(sales)).toEqual({ kind: "return", period: "7d", sort: "amount", dir: "asc", size: "50" });
    expect(parseSalesParams(salesFilterParams(sales), NOW)).toEqual(sales);
  });

  it("parses products and stocks params with whitelisted sorts", () => {
    expect(parseProductsParams({ sort: "price", page: "3", archived: "all" })).toMatchObject({ sort: "price", page: 3, archived: "all" });
    expect(parseProductsParams({ sort: "secret", page: "-1" })).toMatchObject({ sort: "name", page: 1, archived: "active" });
    expect(parseStocksParams({ level: "low", window: "14" })).toMatchObject({
      level: "low",
      windowDays: 14,
      sort: "daysOfStock",
      dir: "asc",
    });
    expect(parseStocksParams({ window: "7" }).windowDays).toBe(30);
  });
});

describe("keyset cursors", () => {
  it("round-trip and reject what does not fit the sort", () => {
    const c = encodeCursor({ value: "2025-03-19T10:00:00.000Z", id: "42" });
    expect(decodeCursor(c, "timestamp")).toEqual({ value: "2025-03-19T10:00:00.000Z", id: "42" });
    expect(decodeCursor(c, "decimal")).toBeUndefined();
    expect(decodeCursor(encodeCursor({ value: "-12.50", id: "7" }), "decimal")).toEqual({ value: "-12.50", id: "7" });
    expect(decodeCursor(encodeCursor({ value: "1.0'; DROP", id: "7" }), "decimal")).toBeUndefined();
    expect(decodeCursor(encodeCursor({ value: "2025-03-19T10:00:00.000Z", id: "1 OR 1=1" }), "timestamp")).toBeUndefined();
  });

  it("reads a cursor from the URL of the orders list", () => {
    const after = encodeCursor({ value: "2025-03-19T10:00:00.000Z", id: "42" });
    expect(parseOrdersParams({ after }, NOW).after).toEqual({ value: "2025-03-19T10:00:00.000Z", id: "42" });
    expect(parseOrdersParams({ after, before: after }, NOW).before).toBeUndefined();
  });
});
