import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { streamExport } from "@/lib/data/export/stream-export";
import { listOrders } from "@/lib/data/orders/list-orders";
import { parseOrdersParams } from "@/lib/validations/orders";
import { createSeller, insertOrders, insertProducts, insertStocks, type Seller } from "../../support/factories/marketplace";
import { testDb } from "../../support/database";

const NOW = new Date("2025-03-20T12:00:00Z");

let db: Db;
let seller: Seller;
let other: Seller;
const BULK = 4500; // more than two export batches

beforeAll(async () => {
  db = testDb();
  [seller, other] = await Promise.all([createSeller(db), createSeller(db, "Other")]);
  await insertOrders(db, seller, [
    {
      externalId: "tricky",
      orderedAt: new Date("2025-03-19T21:15:00Z"),
      amount: "1234.50",
      productName: 'Кружка "Утро"; 0,3 л\nбелая',
      offerId: "=HYPERLINK(1)",
    },
    { externalId: "oz-1", marketplace: "ozon", orderedAt: new Date("2025-03-19T10:00:00Z"), amount: "10.00" },
    ...Array.from({ length: BULK }, (_, i) => ({
      externalId: `bulk-${i}`,
      orderedAt: new Date(Date.parse("2025-03-01T00:00:00Z") + (i % 400) * 3_600_000),
      amount: `${(i % 97) + 1}.25`,
    })),
  ]);
  await insertOrders(db, other, [{ externalId: "foreign", orderedAt: new Date("2025-03-19T10:00:00Z"), amount: "1.00" }]);
  await insertProducts(db, seller, [{ name: "Кружка", offerId: "MUG-1", price: "450.00" }]);
  await insertStocks(db, seller, [{ offerId: "MUG-1", quantity: 3, name: "Кружка" }]);
});
afterAll(() => db.$disconnect());

async function exportText(resource: "orders" | "products" | "stocks" | "sales", query: Record<string, string>, s: Seller = seller) {
  const stream = streamExport({ db, organizationId: s.organizationId, resource, searchParams: query, headers: (c) => `h:${c}`, now: NOW });
  // Response.text() would drop the BOM; keep the bytes as a browser saves them.
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

/** RFC 4180 with `;`: quoted fields may hold the delimiter, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") endField();
    else if (c === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe("CSV export", () => {
  it("starts with a BOM and a header, and holds exactly the filtered orders in the list's order", async () => {
    const query = { marketplace: "wildberries", from: "2025-03-01", to: "2025-03-20" };
    const text = await exportText("orders", query);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header[0]).toBe("h:orderedAt");
    expect(header).toContain("h:amount");
    expect(rows).toHaveLength(BULK + 1);
    const ids = rows.map((r) => r[header.indexOf("h:externalId")]);
    expect(new Set(ids).size).toBe(BULK + 1);
    expect(ids).not.toContain("oz-1");
    expect(ids).not.toContain("foreign");
    // The same order as the first page of the list.
    const page = await listOrders({ db, organizationId: seller.organizationId, params: parseOrdersParams(query, NOW) });
    expect(ids.slice(0, page.rows.length)).toEqual(page.rows.map((r) => r.externalId));
  });

  it("escapes delimiters, quotes and line breaks, neutralises formulas, uses decimal commas and Moscow time", async () => {
    const text = await exportText("orders", { q: "tricky" });
    const [header, row] = parseCsv(text.slice(1));
    const cell = (name: string) => row[header.indexOf(`h:${name}`)];
    expect(cell("productName")).toBe('Кружка "Утро"; 0,3 л\nбелая');
    expect(cell("offerId")).toBe("'=HYPERLINK(1)");
    expect(cell("amount")).toBe("1234,50");
    expect(cell("orderedAt")).toBe("2025-03-20 00:15:00");
    expect(text).toContain('"Кружка ""Утро""; 0,3 л\nбелая"');
  });

  it("reads a search holding a NUL byte as the search without it, instead of failing mid-file", async () => {
    // PostgreSQL refuses NUL in text: the query failed after the header and the download broke off.
    const text = await exportText("orders", { q: "tri\u0000cky" });
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(rows.map((r) => r[header.indexOf("h:externalId")])).toEqual(["tricky"]);
  });

  it("exports another table with its filters, and never another organisation's rows", async () => {
    const stocks = parseCsv((await exportText("stocks", {})).slice(1));
    expect(stocks).toHaveLength(2);
    expect(stocks[1]).toContain("MUG-1");
    const products = parseCsv((await exportText("products", { q: "Кружка" })).slice(1));
    expect(products.slice(1).map((r) => r[1])).toEqual(["MUG-1"]);
    const foreign = parseCsv((await exportText("orders", { period: "all" }, other)).slice(1));
    expect(foreign.slice(1).map((r) => r[2])).toEqual(["foreign"]);
  });
});
