import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { listProducts } from "@/lib/data/products/list-products";
import { isLowStock, listStocks } from "@/lib/data/stocks/list-stocks";
import { parseProductsParams } from "@/lib/validations/products";
import { parseStocksParams } from "@/lib/validations/stocks";
import { insertOrders, insertProducts, insertStocks, type Seller } from "../../support/factories/marketplace";
import { openSellers } from "./sellers";

const NOW = new Date("2025-03-20T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

let db: Db, seller: Seller, other: Seller;

beforeAll(async () => {
  ({ db, seller, other } = await openSellers());
  await insertProducts(db, seller, [
    { name: "Кружка керамическая", offerId: "MUG-1", price: "450.00", barcode: "4600000000011" },
    { name: "Кружка стеклянная", offerId: "MUG-2", price: "300.00" },
    { name: "Футболка", offerId: "TS-1", price: "990.00", marketplace: "ozon", sku: "900100" },
    { name: "Снятая с продажи кружка", offerId: "MUG-OLD", price: "10.00", archived: true },
    ...Array.from({ length: 30 }, (_, i) => ({ name: `Товар ${String(i).padStart(2, "0")}`, offerId: `BULK-${i}`, price: "1.00" })),
  ]);
  await insertProducts(db, other, [{ name: "Кружка чужая", offerId: "MUG-1", price: "1.00" }]);

  // MUG-1: 30 units over two warehouses and sizes, 60 ordered in 30 days → 2/day → 15 days.
  // MUG-2: 5 units, 30 ordered → 1/day → 5 days (low). TS-1: none left. NOSALE: nothing ordered.
  await insertStocks(db, seller, [
    { offerId: "MUG-1", itemKey: "bc-1", warehouseKey: "kzn", quantity: 10, name: "Кружка керамическая" },
    { offerId: "MUG-1", itemKey: "bc-1", warehouseKey: "msk", quantity: 15 },
    { offerId: "MUG-1", itemKey: "bc-2", warehouseKey: "msk", quantity: 5 },
    { offerId: "MUG-2", itemKey: "bc-3", quantity: 5, name: "Кружка стеклянная" },
    { offerId: "TS-1", itemKey: "900100", quantity: 0, marketplace: "ozon", name: "Футболка" },
    { offerId: "NOSALE", itemKey: "bc-9", quantity: 50, name: "Залежалый товар" },
  ]);
  await insertOrders(db, seller, [
    { offerId: "MUG-1", orderedAt: daysAgo(3), amount: "450.00", quantity: 40 },
    { offerId: "MUG-1", orderedAt: daysAgo(20), amount: "450.00", quantity: 20 },
    { offerId: "MUG-1", orderedAt: daysAgo(25), amount: "450.00", quantity: 100, isCancelled: true },
    { offerId: "MUG-1", orderedAt: daysAgo(40), amount: "450.00", quantity: 500 }, // outside the window
    { offerId: "MUG-2", orderedAt: daysAgo(1), amount: "300.00", quantity: 30 },
  ]);
  await insertStocks(db, other, [{ offerId: "MUG-1", itemKey: "bc-1", quantity: 999 }]);
});
afterAll(() => db.$disconnect());

const products = (q: Record<string, string>) => listProducts({ db, organizationId: seller.organizationId, params: parseProductsParams(q) });
const stocks = (q: Record<string, string>) =>
  listStocks({ db, organizationId: seller.organizationId, params: parseStocksParams(q), now: NOW });

describe("products list", () => {
  it("searches by name, article, barcode and sku; hides archived by default", async () => {
    expect((await products({ q: "кружка" })).rows.map((r) => r.offerId)).toEqual(["MUG-1", "MUG-2"]);
    expect((await products({ q: "кружка", archived: "all" })).rows.map((r) => r.offerId)).toEqual(["MUG-1", "MUG-2", "MUG-OLD"]);
    expect((await products({ q: "4600000000011" })).rows.map((r) => r.offerId)).toEqual(["MUG-1"]);
    expect((await products({ q: "900100" })).rows.map((r) => r.offerId)).toEqual(["TS-1"]);
    expect((await products({ q: "MUG-2" })).rows.map((r) => r.offerId)).toEqual(["MUG-2"]);
  });

  it("filters by marketplace, sorts by price and pages with a total", async () => {
    expect((await products({ marketplace: "ozon" })).rows.map((r) => r.offerId)).toEqual(["TS-1"]);
    const byPrice = await products({ sort: "price", dir: "desc", size: "25" });
    expect(byPrice.rows.slice(0, 3).map((r) => r.price)).toEqual(["990.00", "450.00", "300.00"]);
    expect(byPrice.total).toBe(33);
    expect(byPrice.pageCount).toBe(2);
    const second = await products({ sort: "price", dir: "desc", size: "25", page: "2" });
    expect(second.rows).toHaveLength(8);
    const all = [...byPrice.rows, ...second.rows].map((r) => r.id);
    expect(new Set(all).size).toBe(33);
  });
});

describe("stocks list", () => {
  it("sums warehouses per item and computes days of stock from the last 30 days of orders", async () => {
    const page = await stocks({});
    const row = (offer: string) => page.rows.find((r) => r.offerId === offer)!;
    expect(row("MUG-1")).toMatchObject({ quantity: 30, warehouses: 2, unitsOrdered: 60, perDay: 2, daysOfStock: 15 });
    expect(row("MUG-2")).toMatchObject({ quantity: 5, unitsOrdered: 30, perDay: 1, daysOfStock: 5 });
    expect(row("NOSALE")).toMatchObject({ quantity: 50, unitsOrdered: 0, daysOfStock: null });
    expect(row("TS-1")).toMatchObject({ quantity: 0, daysOfStock: 0 });
    // Sorted by days of stock, ascending: out of stock first, items that do not sell last.
    expect(page.rows.map((r) => r.offerId)).toEqual(["TS-1", "MUG-2", "MUG-1", "NOSALE"]);
    expect(page.total).toBe(4);
  });

  it("uses a 14-day window when asked", async () => {
    const page = await stocks({ window: "14" });
    // Only the 40 units 3 days ago count: 40/14 per day.
    expect(page.rows.find((r) => r.offerId === "MUG-1")).toMatchObject({ unitsOrdered: 40, daysOfStock: 10.5 });
  });

  it("filters low and out-of-stock items", async () => {
    const low = await stocks({ level: "low" });
    expect(low.rows.map((r) => r.offerId).sort()).toEqual(["MUG-2", "TS-1"]);
    expect(low.rows.every(isLowStock)).toBe(true);
    expect((await stocks({ level: "out" })).rows.map((r) => r.offerId)).toEqual(["TS-1"]);
    expect((await stocks({ marketplace: "ozon" })).rows.map((r) => r.offerId)).toEqual(["TS-1"]);
    expect((await stocks({ q: "стеклянная" })).rows.map((r) => r.offerId)).toEqual(["MUG-2"]);
  });
});
