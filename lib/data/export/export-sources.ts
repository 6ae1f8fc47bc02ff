import type { Db } from "@/lib/db/client";
import { type CsvCell, csvMoscowTime } from "@/lib/format/csv";
import type { OrderRow } from "@/lib/data/orders/list-orders";
import { ordersPageSql } from "@/lib/data/orders/orders-sql";
import { keysetPage } from "@/lib/data/keyset/keyset-page";
import type { ProductRow } from "@/lib/data/products/list-products";
import { productsPageSql } from "@/lib/data/products/products-sql";
import type { SaleRow } from "@/lib/data/sales/list-sales";
import { salesPageSql } from "@/lib/data/sales/sales-sql";
import type { StockRow } from "@/lib/data/stocks/list-stocks";
import { stocksPageSql } from "@/lib/data/stocks/stocks-sql";
import { decodeCursor } from "@/lib/validations/keyset-cursor";
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

export function exportSource(options: {
  db: Db;
  organizationId: string;
  resource: ExportResource;
  searchParams: SearchParamsInput;
  now?: Date;
}): ExportSource {
  const { db, organizationId, searchParams } = options;
  const now = options.now ?? new Date();
  switch (options.resource) {
    case "orders": {
      const base = { ...parseOrdersParams(searchParams, now), after: undefined, before: undefined, pageSize: BATCH };
      const kind = base.sort === "amount" ? "decimal" : "timestamp";
      return {
        columns: [
          "orderedAt",
          "marketplace",
          "externalId",
          "status",
          "offerId",
          "productExternalId",
          "productName",
          "warehouseName",
          "region",
          "quantity",
          "amount",
        ],
        async readBatch(cursor) {
          const params = { ...base, after: decodeCursor(cursor, kind) };
          const page = keysetPage(await db.$queryRaw<OrderRow[]>(ordersPageSql(organizationId, params)), params, (r) =>
            base.sort === "amount" ? r.amount : r.orderedAt.toISOString(),
          );
          const lines = page.rows.map((r) => [
            csvMoscowTime(r.orderedAt),
            r.marketplace,
            r.externalId,
            r.status,
            r.offerId,
            r.productExternalId,
            r.productName,
            r.warehouseName,
            r.region,
            r.quantity,
            dec(r.amount),
          ]);
          return { lines, next: page.nextCursor };
        },
      };
    }
    case "sales": {
      const base = { ...parseSalesParams(searchParams, now), after: undefined, before: undefined, pageSize: BATCH };
      const kind = base.sort === "amount" ? "decimal" : "timestamp";
      return {
        columns: [
          "soldAt",
          "marketplace",
          "kind",
          "externalId",
          "orderExternalId",
          "offerId",
          "productName",
          "warehouseName",
          "region",
          "quantity",
          "amount",
          "payout",
        ],
        async readBatch(cursor) {
          const params = { ...base, after: decodeCursor(cursor, kind) };
          const page = keysetPage(await db.$queryRaw<SaleRow[]>(salesPageSql(organizationId, params)), params, (r) =>
            base.sort === "amount" ? r.amount : r.soldAt.toISOString(),
          );
          const lines = page.rows.map((r) => [
            csvMoscowTime(r.soldAt),
            r.marketplace,
            r.kind,
            r.externalId,
            r.orderExternalId,
            r.offerId,
            r.productName,
            r.warehouseName,
            r.region,
            r.quantity,
            dec(r.amount),
            dec(r.payout),
          ]);
          return { lines, next: page.nextCursor };
        },
      };
    }
    case "products": {
      const params = parseProductsParams(searchParams);
      return {
        columns: ["marketplace", "offerId", "externalId", "sku", "barcode", "name", "brand", "category", "price", "archived", "updatedAt"],
        async readBatch(cursor) {
          // Offset batches in the view's order: a catalogue is ~100k rows at most.
          const offset = cursor ? Number(cursor) : 0;
          const rows = await db.$queryRaw<ProductRow[]>(productsPageSql(organizationId, params, { limit: BATCH, offset }));
          const lines = rows.map((r) => [
            r.marketplace,
            r.offerId,
            r.externalId,
            r.sku,
            r.barcode,
            r.name,
            r.brand,
            r.category,
            dec(r.price),
            r.archived ? 1 : 0,
            csvMoscowTime(r.updatedAt),
          ]);
          return { lines, next: rows.length === BATCH ? String(offset + BATCH) : undefined };
        },
      };
    }
    case "stocks": {
      const params = parseStocksParams(searchParams);
      return {
        columns: ["marketplace", "offerId", "name", "quantity", "reserved", "warehouses", "unitsOrdered", "perDay", "daysOfStock"],
        async readBatch(cursor) {
          const offset = cursor ? Number(cursor) : 0;
          const rows = await db.$queryRaw<StockRow[]>(stocksPageSql(organizationId, params, now, { limit: BATCH * 5, offset }));
          const lines = rows.map((r) => [
            r.marketplace,
            r.offerId,
            r.name,
            r.quantity,
            r.reserved,
            r.warehouses,
            r.unitsOrdered,
            r.perDay,
            r.daysOfStock,
          ]);
          return { lines, next: rows.length === BATCH * 5 ? String(offset + BATCH * 5) : undefined };
        },
      };
    }
  }
}
