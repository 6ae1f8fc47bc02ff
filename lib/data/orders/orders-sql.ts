import { Prisma } from "@/lib/generated/prisma/client";
import { keysetWhereSql } from "@/lib/data/keyset/keyset-where-sql";
import { keysetPageSql, keysetSummarySql, type KeysetTable } from "@/lib/data/keyset/keyset-sql";
import type { OrdersListParams } from "@/lib/validations/orders";

/**
 * The orders list: its columns and filter; paging and the summary are the shared keyset SQL.
 * Every statement starts from `"organizationId" = …`: the tenant check, and the leading column
 * of every index.
 */
export type OrdersFilter = Pick<OrdersListParams, "q" | "marketplace" | "status" | "range">;

const ORDERS_TABLE: KeysetTable = {
  from: `"Order" o`,
  alias: "o",
  timeColumn: `"orderedAt"`,
  columns: Prisma.raw(`o.id::text AS id, o.marketplace::text AS marketplace, o."externalId", o."lineKey", o."orderedAt",
  o.status, o."isCancelled", o.fulfillment, o."offerId", o.sku, o."productExternalId", o."productName", o.brand,
  o."warehouseName", o.region, o.quantity, o.amount::text AS amount`),
};

export function ordersWhereSql(organizationId: string, filter: OrdersFilter): Prisma.Sql {
  const condition = filter.status ? Prisma.sql`o.status = ${filter.status}` : undefined;
  return keysetWhereSql(ORDERS_TABLE, organizationId, filter, { condition });
}

/** One page of orders in keyset order (see keyset-sql.ts). */
export function ordersPageSql(organizationId: string, params: OrdersListParams, limit = params.pageSize + 1): Prisma.Sql {
  return keysetPageSql(ORDERS_TABLE, ordersWhereSql(organizationId, params), params, limit);
}

/** How many orders match and what they are worth, for the list's caption. */
export function ordersSummarySql(organizationId: string, filter: OrdersFilter): Prisma.Sql {
  return keysetSummarySql(ORDERS_TABLE, ordersWhereSql(organizationId, filter));
}
