import type { Db } from "@/lib/db/client";
import { keysetPage, type KeysetPage } from "@/lib/data/keyset/keyset-page";
import { salesPageSql } from "@/lib/data/sales/sales-sql";
import type { SalesListParams } from "@/lib/validations/sales";

export interface SaleRow {
  id: string;
  marketplace: "wildberries" | "ozon";
  externalId: string;
  lineKey: string;
  orderExternalId: string | null;
  kind: "sale" | "return";
  soldAt: Date;
  offerId: string | null;
  sku: string | null;
  productExternalId: string | null;
  productName: string | null;
  warehouseName: string | null;
  region: string | null;
  quantity: number;
  /** Retail price of the line, negative for returns ("-1234.50"). */
  amount: string;
  payout: string | null;
}

/** One keyset page of the organisation's sales and returns matching the URL's filters. */
export async function listSales(options: { db: Db; organizationId: string; params: SalesListParams }): Promise<KeysetPage<SaleRow>> {
  const { db, organizationId, params } = options;
  const rows = await db.$queryRaw<SaleRow[]>(salesPageSql(organizationId, params));
  return keysetPage(rows, params, (row) => (params.sort === "amount" ? row.amount : row.soldAt.toISOString()));
}
