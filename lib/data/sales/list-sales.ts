import type { Db } from "@/lib/db/client";
import type { SaleRow as SyncedSale } from "@/lib/data/sync/upsert/rows";
import { keysetPage, type KeysetPage } from "@/lib/data/keyset/keyset-page";
import { salesPageSql } from "@/lib/data/sales/sales-sql";
import type { SalesListParams } from "@/lib/validations/sales";

/** A sale or return as the list shows it: the line the sync wrote, with its time as a Date. */
export type SaleRow = Omit<SyncedSale, "soldAt" | "vendorChangedAt"> & {
  id: string;
  marketplace: "wildberries" | "ozon";
  soldAt: Date;
};

/** One keyset page of the organisation's sales and returns matching the URL's filters. */
export async function listSales(options: { db: Db; organizationId: string; params: SalesListParams }): Promise<KeysetPage<SaleRow>> {
  const { db, organizationId, params } = options;
  const rows = await db.$queryRaw<SaleRow[]>(salesPageSql(organizationId, params));
  return keysetPage(rows, params, (row) => (params.sort === "amount" ? row.amount : row.soldAt.toISOString()));
}
