import type { Db } from "@/lib/db/client";
import { type CsvCell, csvMoscowTime } from "@/lib/format/csv";
import { listOrders, type OrderRow } from "@/lib/data/orders/list-orders";
import type { ProductRow } from "@/lib/data/products/list-products";
import { productsPageSql } from "@/lib/data/products/products-sql";
import { listSales, type SaleRow } from "@/lib/data/sales/list-sales";
import type { StockRow } from "@/lib/data/stocks/list-stocks";
import { stocksPageSql } from "@/lib/data/stocks/stocks-sql";
import { decodeCursor, type KeysetCursor } from "@/lib/validations/keyset-cursor";
import type { SearchParamsInput } from "@/lib/validations/list-params";
import { parseOrdersParams } from "@/lib/validations/orders";
import { parseProductsParams } from "@/lib/validations/products";
import { parseSalesParams } from "@/lib/validations/sales";
import { parseStocksParams } from "@/lib/validations/stocks";

/**
 * What each export reads: the view's own URL parser and SQL (so the file holds exactly the
 * rows the filters show, in the same order, every page of them) and its columns.
 */
export const exportResources = ["orders", "sales", "products", "stocks"] as const;
export type ExportResource = (typeof exportResources)[number];

export function isExportResource(value: string): value is ExportResource {
  return (exportResources as readonly string[]).includes(value);
}

/** Reads one batch after `cursor`; returns the rows and the next cursor, or none at the end. */
export type BatchReader = (cursor: string | undefined) => Promise<{ lines: CsvCell[][]; next?: string }>;

export interface ExportSource {
  columns: string[];
  readBatch: BatchReader;
}

const BATCH = 2000;
const dec = (decimal: string | null) => ({ decimal });

/** A CSV column: its header and how a row fills it. */
type Column<Row> = [header: string, cell: (row: Row) => CsvCell];

function source<Row>(
  columns: Column<Row>[],
  readRows: (cursor: string | undefined) => Promise<{ rows: Row[]; next?: string }>,
): ExportSource {
  return {
    columns: columns.map(([header]) => header),
    async readBatch(cursor) {
      const { rows, next } = await readRows(cursor);
      return { lines: rows.map((row) => columns.map(([, cell]) => cell(row))), next };
    },
  };
}

/** Keyset batches through the list's own function: each resumes after the row the last one ended on. */
function keysetBatch<Params extends { sort: string }, Row>(
  base: Params,
  list: (params: Params & { after?: KeysetCursor }) => Promise<{ rows: Row[]; nextCursor?: string }>,
) {
  const kind = base.sort === "amount" ? "decimal" : "timestamp";
  return async (cursor: string | undefined) => {
    const page = await list({ ...base, after: decodeCursor(cursor, kind) });
    return { rows: page.rows, next: page.nextCursor };
  };
}

/** Offset batches in the view's order: a catalogue is ~100k rows at most. */
async function offsetBatch<Row>(
  cursor: string | undefined,
  size: number,
  read: (page: { limit: number; offset: number }) => Promise<Row[]>,
) {
  const offset = cursor ? Number(cursor) : 0;
  const rows = await read({ limit: size, offset });
  return { rows, next: rows.length === size ? String(offset + size) : undefined };
}

/** Columns whose cell is the row's field of the same name, as the list returns it. */
const asIs = <Row>(...names: (keyof Row & string)[]): Column<Row>[] => names.map((name) => [name, (row) => row[name] as CsvCell]);

const orderColumns: Column<OrderRow>[] = [
  ["orderedAt", (r) => csvMoscowTime(r.orderedAt)],
  ...asIs<OrderRow>(
    "marketplace",
    "externalId",
    "status",
    "offerId",
    "productExternalId",
    "productName",
    "warehouseName",
    "region",
    "quantity",
  ),
  ["amount", (r) => dec(r.amount)],
];

const saleColumns: Column<SaleRow>[] = [
  ["soldAt", (r) => csvMoscowTime(r.soldAt)],
  ...asIs<SaleRow>("marketplace", "kind", "externalId", "orderExternalId", "offerId", "productName", "warehouseName", "region", "quantity"),
  ["amount", (r) => dec(r.amount)],
  ["payout", (r) => dec(r.payout)],
];

const productColumns: Column<ProductRow>[] = [
  ...asIs<ProductRow>("marketplace", "offerId", "externalId", "sku", "barcode", "name", "brand", "category"),
  ["price", (r) => dec(r.price)],
  ["archived", (r) => (r.archived ? 1 : 0)],
  ["updatedAt", (r) => csvMoscowTime(r.updatedAt)],
];

const stockColumns: Column<StockRow>[] = [
  ...asIs<StockRow>("marketplace", "offerId", "name", "quantity", "reserved", "warehouses", "unitsOrdered", "perDay", "daysOfStock"),
];

export function exportSource(options: {
  db: Db;
  organizationId: string;
  resource: ExportResource;
  searchParams: SearchParamsInput;
  now?: Date;
}): ExportSource {
  const { db, organizationId, searchParams } = options;
  const now = options.now ?? new Date();
  // Keyset lists are read through the view's own list function, a batch at a time.
  const keyset = { after: undefined, before: undefined, pageSize: BATCH };
  switch (options.resource) {
    case "orders":
      return source(
        orderColumns,
        keysetBatch({ ...parseOrdersParams(searchParams, now), ...keyset }, (params) => listOrders({ db, organizationId, params })),
      );
    case "sales":
      return source(
        saleColumns,
        keysetBatch({ ...parseSalesParams(searchParams, now), ...keyset }, (params) => listSales({ db, organizationId, params })),
      );
    case "products": {
      const params = parseProductsParams(searchParams);
      return source(productColumns, (cursor) =>
        offsetBatch(cursor, BATCH, (page) => db.$queryRaw<ProductRow[]>(productsPageSql(organizationId, params, page))),
      );
    }
    case "stocks": {
      const params = parseStocksParams(searchParams);
      return source(stockColumns, (cursor) =>
        offsetBatch(cursor, BATCH * 5, (page) => db.$queryRaw<StockRow[]>(stocksPageSql(organizationId, params, now, page))),
      );
    }
  }
}
