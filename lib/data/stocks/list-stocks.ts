import type { Db } from "@/lib/db/client";
import type { OffsetPage } from "@/lib/data/products/list-products";
import { stocksCountSql, stocksPageSql } from "@/lib/data/stocks/stocks-sql";
import { LOW_STOCK_DAYS, type StocksListParams } from "@/lib/validations/stocks";

export interface StockRow {
  connectionId: string;
  marketplace: "wildberries" | "ozon";
  offerId: string;
  name: string | null;
  quantity: number;
  reserved: number;
  warehouses: number;
  updatedAt: Date;
  unitsOrdered: number;
  perDay: number;
  /** null when nothing was ordered in the window. */
  daysOfStock: number | null;
}

export function isLowStock(row: Pick<StockRow, "quantity" | "daysOfStock">): boolean {
  return row.quantity <= 0 || (row.daysOfStock !== null && row.daysOfStock < LOW_STOCK_DAYS);
}

/** One page of the organisation's stock per item with days of stock. */
export async function listStocks(options: {
  db: Db;
  organizationId: string;
  params: StocksListParams;
  now?: Date;
}): Promise<OffsetPage<StockRow>> {
  const { db, organizationId, params } = options;
  const now = options.now ?? new Date();
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<StockRow[]>(stocksPageSql(organizationId, params, now)),
    db.$queryRaw<{ count: number }[]>(stocksCountSql(organizationId, params, now)),
  ]);
  const total = Number(count?.count ?? 0);
  return { rows, total, page: params.page, pageCount: Math.max(1, Math.ceil(total / params.pageSize)) };
}
