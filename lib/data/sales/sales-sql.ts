import { Prisma } from "@/lib/generated/prisma/client";
import { externalIdMatchSql, matchingOfferIdsSql } from "@/lib/data/products/offer-search-sql";
import type { KeysetCursor } from "@/lib/validations/keyset-cursor";
import type { SalesListParams } from "@/lib/validations/sales";

/** The SQL of the sales list; see orders-sql.ts for why it is built apart from its runner. */
export type SalesFilter = Pick<SalesListParams, "q" | "marketplace" | "kind" | "range">;

export function salesWhereSql(organizationId: string, filter: SalesFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`s."organizationId" = ${organizationId}`];
  if (filter.marketplace) parts.push(Prisma.sql`s.marketplace = ${filter.marketplace}::"Marketplace"`);
  if (filter.kind) parts.push(Prisma.sql`s.kind = ${filter.kind}::"SaleKind"`);
  if (filter.range) parts.push(Prisma.sql`s."soldAt" >= ${filter.range.start} AND s."soldAt" < ${filter.range.end}`);
  if (filter.q) {
    parts.push(
      Prisma.sql`(${externalIdMatchSql("s", organizationId, filter.q)} OR s."orderExternalId" = ${filter.q} OR s."offerId" = ANY(${matchingOfferIdsSql(organizationId, filter.q)}))`,
    );
  }
  return Prisma.join(parts, " AND ");
}

const sortColumn = (sort: SalesListParams["sort"]) => (sort === "amount" ? Prisma.raw(`s.amount`) : Prisma.raw(`s."soldAt"`));

function cursorValue(sort: SalesListParams["sort"], cursor: KeysetCursor): Prisma.Sql {
  return sort === "amount" ? Prisma.sql`${cursor.value}::numeric` : Prisma.sql`${new Date(cursor.value)}::timestamptz`;
}

export const SALE_COLUMNS =
  Prisma.raw(`s.id::text AS id, s.marketplace::text AS marketplace, s."externalId", s."lineKey", s."orderExternalId",
  s.kind::text AS kind, s."soldAt", s."offerId", s.sku, s."productExternalId", s."productName", s."warehouseName", s.region,
  s.quantity, s.amount::text AS amount, s.payout::text AS payout`);

export function salesPageSql(organizationId: string, params: SalesListParams, limit = params.pageSize + 1): Prisma.Sql {
  const col = sortColumn(params.sort);
  const backwards = Boolean(params.before);
  const ascending = (params.dir === "asc") !== backwards;
  const cursor = params.after ?? params.before;
  const keyset = cursor
    ? Prisma.sql` AND (${col}, s.id) ${Prisma.raw(ascending ? ">" : "<")} (${cursorValue(params.sort, cursor)}, ${cursor.id}::bigint)`
    : Prisma.empty;
  const dir = Prisma.raw(ascending ? "ASC" : "DESC");
  return Prisma.sql`SELECT ${SALE_COLUMNS} FROM "Sale" s
    WHERE ${salesWhereSql(organizationId, params)}${keyset}
    ORDER BY ${col} ${dir}, s.id ${dir}
    LIMIT ${limit}`;
}

export function salesSummarySql(organizationId: string, filter: SalesFilter): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS count, coalesce(sum(s.amount) * 100, 0)::bigint AS "amountKopecks"
    FROM "Sale" s WHERE ${salesWhereSql(organizationId, filter)}`;
}
