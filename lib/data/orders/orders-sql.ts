import { Prisma } from "@/lib/generated/prisma/client";
import { externalIdMatchSql, matchingOfferIdsSql } from "@/lib/data/products/offer-search-sql";
import type { KeysetCursor } from "@/lib/validations/keyset-cursor";
import type { OrdersListParams } from "@/lib/validations/orders";

/**
 * The SQL of the orders list, built once and run either through Prisma (the app) or a bare pg
 * client (the benchmark's floor), so both time exactly the same statement. Every statement
 * starts from `"organizationId" = …`: the tenant check, and the leading column of every index.
 */
export type OrdersFilter = Pick<OrdersListParams, "q" | "marketplace" | "status" | "range">;

export function ordersWhereSql(organizationId: string, filter: OrdersFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`o."organizationId" = ${organizationId}`];
  if (filter.marketplace) parts.push(Prisma.sql`o.marketplace = ${filter.marketplace}::"Marketplace"`);
  if (filter.status) parts.push(Prisma.sql`o.status = ${filter.status}`);
  if (filter.range) parts.push(Prisma.sql`o."orderedAt" >= ${filter.range.start} AND o."orderedAt" < ${filter.range.end}`);
  if (filter.q)
    parts.push(
      Prisma.sql`(${externalIdMatchSql("o", organizationId, filter.q)} OR o."offerId" = ANY(${matchingOfferIdsSql(organizationId, filter.q)}))`,
    );
  return Prisma.join(parts, " AND ");
}

const sortColumn = (sort: OrdersListParams["sort"]) => (sort === "amount" ? Prisma.raw(`o.amount`) : Prisma.raw(`o."orderedAt"`));

function cursorValue(sort: OrdersListParams["sort"], cursor: KeysetCursor): Prisma.Sql {
  return sort === "amount" ? Prisma.sql`${cursor.value}::numeric` : Prisma.sql`${new Date(cursor.value)}::timestamptz`;
}

export const ORDER_COLUMNS = Prisma.raw(`o.id::text AS id, o.marketplace::text AS marketplace, o."externalId", o."lineKey", o."orderedAt",
  o.status, o."isCancelled", o.fulfillment, o."offerId", o.sku, o."productExternalId", o."productName", o.brand,
  o."warehouseName", o.region, o.quantity, o.amount::text AS amount`);

/**
 * One page in keyset order. `after` walks forward in the display order, `before` walks back
 * (fetched in reverse and flipped by the caller). One extra row tells whether more exist.
 */
export function ordersPageSql(organizationId: string, params: OrdersListParams, limit = params.pageSize + 1): Prisma.Sql {
  const col = sortColumn(params.sort);
  const backwards = Boolean(params.before);
  const ascending = (params.dir === "asc") !== backwards;
  const cursor = params.after ?? params.before;
  const keyset = cursor
    ? Prisma.sql` AND (${col}, o.id) ${Prisma.raw(ascending ? ">" : "<")} (${cursorValue(params.sort, cursor)}, ${cursor.id}::bigint)`
    : Prisma.empty;
  const dir = Prisma.raw(ascending ? "ASC" : "DESC");
  return Prisma.sql`SELECT ${ORDER_COLUMNS} FROM "Order" o
    WHERE ${ordersWhereSql(organizationId, params)}${keyset}
    ORDER BY ${col} ${dir}, o.id ${dir}
    LIMIT ${limit}`;
}

/** How many orders match and what they are worth, for the list's caption. */
export function ordersSummarySql(organizationId: string, filter: OrdersFilter): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS count, coalesce(sum(o.amount) * 100, 0)::bigint AS "amountKopecks"
    FROM "Order" o WHERE ${ordersWhereSql(organizationId, filter)}`;
}
