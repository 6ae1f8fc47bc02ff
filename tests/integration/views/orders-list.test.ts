import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { listOrders, type OrderRow } from "@/lib/data/orders/list-orders";
import { summarizeOrders } from "@/lib/data/orders/summarize-orders";
import { ordersSummarySql } from "@/lib/data/orders/orders-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseOrdersParams } from "@/lib/validations/orders";
import { createSeller, insertOrders, insertProducts, type Seller } from "../../support/factories/marketplace";
import { openSellers } from "./sellers";

const NOW = new Date("2025-03-20T12:00:00Z");
const at = (iso: string) => new Date(iso);

let db: Db, seller: Seller, other: Seller;

beforeAll(async () => {
  ({ db, seller, other } = await openSellers());
  await insertProducts(db, seller, [{ name: "Платье летнее синее", offerId: "DRESS-1", sku: "777001" }]);
  await insertOrders(db, seller, [
    { externalId: "srid-a", orderedAt: at("2025-03-19T10:00:00Z"), amount: "1000.00", offerId: "DRESS-1" },
    { externalId: "srid-b", orderedAt: at("2025-03-18T10:00:00Z"), amount: "250.50", offerId: "TSHIRT-9" },
    { externalId: "srid-c", orderedAt: at("2025-03-17T10:00:00Z"), amount: "99.99", isCancelled: true, offerId: "DRESS-1" },
    {
      marketplace: "ozon",
      externalId: "0123-0001-1",
      orderedAt: at("2025-03-16T10:00:00Z"),
      amount: "4000.00",
      status: "delivering",
      offerId: "OZ-5",
    },
    // Older than 30 days: only in "all" or a custom range.
    { externalId: "srid-old", orderedAt: at("2025-01-05T10:00:00Z"), amount: "10.00" },
  ]);
  // The same order number in another organisation must never show up.
  await insertOrders(db, other, [
    { externalId: "srid-a", orderedAt: at("2025-03-19T11:00:00Z"), amount: "5.00", offerId: "DRESS-1" },
    { externalId: "other-1", orderedAt: at("2025-03-19T09:00:00Z"), amount: "7.00" },
  ]);
});
afterAll(() => db.$disconnect());

const ids = (rows: OrderRow[]) => rows.map((r) => r.externalId);
const list = (query: Record<string, string>, s: Seller = seller) =>
  listOrders({ db, organizationId: s.organizationId, params: parseOrdersParams(query, NOW) });

describe("orders list: filters, search, sort", () => {
  it("shows the last 30 Moscow days by default, newest first, and only this organisation's orders", async () => {
    const page = await list({});
    expect(ids(page.rows)).toEqual(["srid-a", "srid-b", "srid-c", "0123-0001-1"]);
    expect(page.nextCursor).toBeUndefined();
    expect(page.prevCursor).toBeUndefined();
  });

  it("filters by marketplace, status and a custom date range", async () => {
    expect(ids((await list({ marketplace: "ozon" })).rows)).toEqual(["0123-0001-1"]);
    expect(ids((await list({ status: "cancelled" })).rows)).toEqual(["srid-c"]);
    expect(ids((await list({ from: "2025-03-17", to: "2025-03-18" })).rows)).toEqual(["srid-b", "srid-c"]);
    expect(ids((await list({ period: "all" })).rows)).toContain("srid-old");
  });

  it("takes from/to as Moscow days: 23:30 UTC on the 18th is already the 19th in Moscow", async () => {
    const s = await createSeller(db);
    await insertOrders(db, s, [{ externalId: "late", orderedAt: at("2025-03-18T21:30:00Z"), amount: "1.00" }]);
    expect(ids((await list({ from: "2025-03-19", to: "2025-03-19" }, s)).rows)).toEqual(["late"]);
    expect(ids((await list({ from: "2025-03-18", to: "2025-03-18" }, s)).rows)).toEqual([]);
  });

  it("searches all time by order number, article, product name and sku", async () => {
    expect(ids((await list({ q: "srid-old" })).rows)).toEqual(["srid-old"]);
    expect(ids((await list({ q: "TSHIRT-9" })).rows)).toEqual(["srid-b"]);
    expect(ids((await list({ q: "летнее" })).rows)).toEqual(["srid-a", "srid-c"]);
    expect(ids((await list({ q: "777001" })).rows)).toEqual(["srid-a", "srid-c"]);
    expect(ids((await list({ q: "100%" })).rows)).toEqual([]);
  });

  it("sorts by amount both ways", async () => {
    expect(ids((await list({ sort: "amount", dir: "desc" })).rows)).toEqual(["0123-0001-1", "srid-a", "srid-b", "srid-c"]);
    expect(ids((await list({ sort: "amount", dir: "asc" })).rows)).toEqual(["srid-c", "srid-b", "srid-a", "0123-0001-1"]);
  });

  it("summarises the filtered set: count and exact total", async () => {
    const params = parseOrdersParams({ marketplace: "wildberries" }, NOW);
    expect(await summarizeOrders({ db, organizationId: seller.organizationId, filter: params })).toEqual({
      count: 3,
      amountKopecks: 135049,
    });
  });

  it("finds an order number on the natural-key index, not by reading the organisation's orders", async () => {
    // A seller big enough for the planner to care: 20 000 orders over 100 articles.
    const big = await createSeller(db, "Big");
    await insertOrders(
      db,
      big,
      Array.from({ length: 20_000 }, (_, i) => ({
        externalId: `big-${i}`,
        orderedAt: at("2025-03-01T00:00:00Z"),
        amount: "1.00",
        offerId: `ART-${i % 100}`,
      })),
    );
    await db.$executeRawUnsafe(`ANALYZE "Order"`);
    const filter = parseOrdersParams({ q: "big-777" }, NOW);
    const plan = await db.$queryRaw<Array<{ "QUERY PLAN": string }>>(Prisma.sql`EXPLAIN ${ordersSummarySql(big.organizationId, filter)}`);
    const text = plan.map((line) => line["QUERY PLAN"]).join("\n");
    expect(text).toMatch(/Index Cond: .*"externalId" = 'big-777'/);
    expect(text).toMatch(/Index Cond: .*"offerId" = ANY/);
    expect(await summarizeOrders({ db, organizationId: big.organizationId, filter })).toEqual({ count: 1, amountKopecks: 100 });
    // Inserting 20 000 rows into PGlite takes most of this test; on 2 busy cores it can pass 30 s.
  }, 120_000);

  it("never returns another organisation's rows, even for its order number", async () => {
    const mine = await list({ q: "srid-a" });
    expect(mine.rows).toHaveLength(1);
    expect(mine.rows[0].amount).toBe("1000.00");
    expect(ids((await list({ q: "other-1" })).rows)).toEqual([]);
  });
});

describe("orders list: keyset paging", () => {
  let pager: Seller;
  const total = 62;
  const amountOf = (i: number) => 100 + (i % 4);
  beforeAll(async () => {
    pager = await createSeller(db);
    // Three orders share each timestamp, so only the id tie-breaker keeps the order stable.
    await insertOrders(
      db,
      pager,
      Array.from({ length: total }, (_, i) => ({
        externalId: `p-${String(i).padStart(2, "0")}`,
        orderedAt: new Date(Date.parse("2025-03-10T08:00:00Z") + Math.floor(i / 3) * 60_000),
        amount: String(amountOf(i)),
      })),
    );
  });

  /** Follows "next" links as the page renders them: the cursor goes back through the URL. */
  async function walkForward(query: Record<string, string>) {
    const pages: OrderRow[][] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const page = await list({ ...query, size: "25", ...(after ? { after } : {}) }, pager);
      pages.push(page.rows);
      if (!page.nextCursor) return { pages, last: page };
      after = page.nextCursor;
    }
    throw new Error("paging did not end");
  }

  it("walks every order exactly once, newest first, with equal timestamps", async () => {
    const { pages } = await walkForward({});
    expect(pages.map((p) => p.length)).toEqual([25, 25, 12]);
    const seen = pages.flat().map((r) => r.externalId);
    expect(new Set(seen).size).toBe(total);
    const expected = Array.from({ length: total }, (_, i) => i)
      .sort((a, b) => Math.floor(b / 3) - Math.floor(a / 3) || b - a)
      .map((i) => `p-${String(i).padStart(2, "0")}`);
    expect(seen).toEqual(expected);
  });

  it("goes back from the last page to exactly the page before it", async () => {
    const { pages, last } = await walkForward({});
    expect(last.prevCursor).toBeDefined();
    const back = await list({ size: "25", before: last.prevCursor! }, pager);
    expect(ids(back.rows)).toEqual(ids(pages[1]));
    expect(back.nextCursor).toBeDefined();
    const first = await list({ size: "25", before: back.prevCursor! }, pager);
    expect(ids(first.rows)).toEqual(ids(pages[0]));
    expect(first.prevCursor).toBeUndefined();
  });

  it("pages by amount, ascending, without duplicates or gaps", async () => {
    const { pages } = await walkForward({ sort: "amount", dir: "asc" });
    const seen = pages.flat();
    expect(new Set(seen.map((r) => r.id)).size).toBe(total);
    const amounts = seen.map((r) => Number(r.amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
  });

  it("ignores a cursor that does not fit the sort, and starts over", async () => {
    const { last } = await walkForward({});
    const page = await list({ size: "25", sort: "amount", after: last.prevCursor! }, pager);
    expect(page.rows).toHaveLength(25);
    expect(page.prevCursor).toBeUndefined();
  });
});
