import { Prisma } from "@/lib/generated/prisma/client";
import { keysetWhereSql } from "@/lib/data/keyset/keyset-where-sql";
import { keysetPageSql, keysetSummarySql, type KeysetTable } from "@/lib/data/keyset/keyset-sql";
import type { SalesListParams } from "@/lib/validations/sales";

/** The sales list: its columns and filter; paging and the summary are the shared keyset SQL. */
export type SalesFilter = Pick<SalesListParams, "q" | "marketplace" | "kind" | "range">;

const SALES_TABLE: KeysetTable = {
  from: `"Sale" s`,
  alias: "s",
  timeColumn: `"soldAt"`,
  columns: Prisma.raw(`s.id::text AS id, s.marketplace::text AS marketplace, s."externalId", s."lineKey", s."orderExternalId",
  s.kind::text AS kind, s."soldAt", s."offerId", s.sku, s."productExternalId", s."productName", s."warehouseName", s.region,
  s.quantity, s.amount::text AS amount, s.payout::text AS payout`),
};

export function salesWhereSql(organizationId: string, filter: SalesFilter): Prisma.Sql {
  const condition = filter.kind ? Prisma.sql`s.kind = ${filter.kind}::"SaleKind"` : undefined;
  // A sale is found by its order's number too, which is what the seller usually has at hand.
  return keysetWhereSql(SALES_TABLE, organizationId, filter, { condition, alsoMatches: `"orderExternalId"` });
}

/** One page of sales and returns in keyset order (see keyset-sql.ts). */
export function salesPageSql(organizationId: string, params: SalesListParams, limit = params.pageSize + 1): Prisma.Sql {
  return keysetPageSql(SALES_TABLE, salesWhereSql(organizationId, params), params, limit);
}

/** How many sales match and what they are worth, for the list's caption. */
export function salesSummarySql(organizationId: string, filter: SalesFilter): Prisma.Sql {
  return keysetSummarySql(SALES_TABLE, salesWhereSql(organizationId, filter));
}
