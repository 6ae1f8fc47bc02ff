import type { Db } from "@/lib/db/client";
import type { ProductRow as SyncedProduct } from "@/lib/data/sync/upsert/rows";
import { productsCountSql, productsPageSql } from "@/lib/data/products/products-sql";
import type { ProductsListParams } from "@/lib/validations/products";

/** A product as the list shows it: the fields the sync wrote, plus where it is sold and when it changed here. */
export type ProductRow = Omit<SyncedProduct, "imageUrl" | "vendorUpdatedAt"> & {
  id: string;
  marketplace: "wildberries" | "ozon";
  updatedAt: Date;
};

export interface OffsetPage<Row> {
  rows: Row[];
  total: number;
  page: number;
  pageCount: number;
}

/** One page of the organisation's catalogue, with the total for "page N of M". */
export async function listProducts(options: {
  db: Db;
  organizationId: string;
  params: ProductsListParams;
}): Promise<OffsetPage<ProductRow>> {
  const { db, organizationId, params } = options;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<ProductRow[]>(productsPageSql(organizationId, params)),
    db.$queryRaw<{ count: number }[]>(productsCountSql(organizationId, params)),
  ]);
  const total = Number(count?.count ?? 0);
  return { rows, total, page: params.page, pageCount: Math.max(1, Math.ceil(total / params.pageSize)) };
}
