import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { listSales } from "@/lib/data/sales/list-sales";
import { summarizeSales } from "@/lib/data/sales/summarize-sales";
import { parseSalesParams } from "@/lib/validations/sales";
import { insertSales, type Seller } from "../../support/factories/marketplace";
import { openSellers } from "./sellers";

const NOW = new Date("2025-03-20T12:00:00Z");

let db: Db, seller: Seller, other: Seller;

beforeAll(async () => {
  ({ db, seller, other } = await openSellers());
  await insertSales(db, seller, [
    { externalId: "S1", orderExternalId: "srid-1", soldAt: new Date("2025-03-19T10:00:00Z"), amount: "1500.00", offerId: "A-1" },
    {
      externalId: "R1",
      orderExternalId: "srid-2",
      kind: "return",
      soldAt: new Date("2025-03-18T10:00:00Z"),
      amount: "-700.00",
      offerId: "A-2",
    },
    { externalId: "S2", marketplace: "ozon", soldAt: new Date("2025-03-17T10:00:00Z"), amount: "300.00", offerId: "B-1" },
    ...Array.from({ length: 40 }, (_, i) => ({ externalId: `bulk-${i}`, soldAt: new Date("2025-03-10T10:00:00Z"), amount: "10.00" })),
  ]);
  await insertSales(db, other, [{ externalId: "S1", orderExternalId: "srid-1", soldAt: new Date("2025-03-19T10:00:00Z"), amount: "9.00" }]);
});
afterAll(() => db.$disconnect());

const list = (query: Record<string, string>, s: Seller = seller) =>
  listSales({ db, organizationId: s.organizationId, params: parseSalesParams(query, NOW) });

describe("sales list", () => {
  it("filters returns, marketplace, and searches by sale and order number", async () => {
    expect((await list({ kind: "return" })).rows.map((r) => r.externalId)).toEqual(["R1"]);
    expect((await list({ marketplace: "ozon" })).rows.map((r) => r.externalId)).toEqual(["S2"]);
    expect((await list({ q: "srid-2" })).rows.map((r) => r.externalId)).toEqual(["R1"]);
    const s1 = await list({ q: "S1" });
    expect(s1.rows.map((r) => [r.externalId, r.amount])).toEqual([["S1", "1500.00"]]);
  });

  it("pages 43 sales with equal timestamps without duplicates or gaps", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 5; i++) {
      const page = await list({ size: "25", ...(after ? { after } : {}) });
      seen.push(...page.rows.map((r) => r.id));
      after = page.nextCursor;
      if (!after) break;
    }
    expect(seen).toHaveLength(43);
    expect(new Set(seen).size).toBe(43);
  });

  it("sums sales net of returns for the caption", async () => {
    const summary = await summarizeSales({ db, organizationId: seller.organizationId, filter: parseSalesParams({}, NOW) });
    expect(summary).toEqual({ count: 43, amountKopecks: 150000 - 70000 + 30000 + 40 * 1000 });
  });
});
