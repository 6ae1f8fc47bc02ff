import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern } from "@/lib/data/products/offer-search-sql";
import { LOW_STOCK_DAYS, type StocksListParams } from "@/lib/validations/stocks";

/**
 * Stock per item, summed over warehouses, with its selling rate. An item is an offer of one
 * seller account (WB sizes of one article add up). Days of stock = units on hand / average units
 * ordered per day over the window (cancelled orders excluded); 0 when none is left; null when
 * nothing was ordered, which sorts last: an item that does not sell is not running out.
 */
export type StocksFilter = Pick<StocksListParams, "q" | "marketplace" | "level" | "windowDays">;

const SORT_COLUMNS: Record<StocksListParams["sort"], string> = {
  daysOfStock: `"daysOfStock"`,
  quantity: `quantity`,
  name: `name`,
  offerId: `"offerId"`,
};

function itemsSql(organizationId: string, filter: StocksFilter, now: Date): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`st."organizationId" = ${organizationId}`];
  if (filter.marketplace) where.push(Prisma.sql`st.marketplace = ${filter.marketplace}::"Marketplace"`);
  if (filter.q) {
    where.push(
      Prisma.sql`(st."offerId" = ${filter.q} OR st."itemKey" = ${filter.q} OR st."productExternalId" = ${filter.q} OR st.name ILIKE ${containsPattern(filter.q)})`,
    );
  }
  const since = new Date(now.getTime() - filter.windowDays * 86_400_000);
  return Prisma.sql`WITH items AS (
      SELECT st."connectionId", st.marketplace, coalesce(st."offerId", st."itemKey") AS "offerId",
        max(st.name) AS name, sum(st.quantity)::int AS quantity, sum(st.reserved)::int AS reserved,
        count(DISTINCT st."warehouseKey")::int AS warehouses, max(st."updatedAt") AS "updatedAt"
      FROM "Stock" st WHERE ${Prisma.join(where, " AND ")}
      GROUP BY 1, 2, 3
    ), demand AS (
      SELECT o."connectionId", o."offerId", sum(o.quantity)::int AS units
      FROM "Order" o
      WHERE o."organizationId" = ${organizationId} AND o."orderedAt" >= ${since} AND NOT o."isCancelled"
        AND o."offerId" IN (SELECT "offerId" FROM items)
      GROUP BY 1, 2
    ), rated AS (
      SELECT i.*, coalesce(d.units, 0) AS "unitsOrdered",
        round(coalesce(d.units, 0)::numeric / ${filter.windowDays}, 2)::float8 AS "perDay",
        CASE WHEN i.quantity <= 0 THEN 0 WHEN coalesce(d.units, 0) = 0 THEN NULL
          ELSE round(i.quantity::numeric * ${filter.windowDays} / d.units, 1)::float8 END AS "daysOfStock"
      FROM items i LEFT JOIN demand d ON d."connectionId" = i."connectionId" AND d."offerId" = i."offerId"
    )
    SELECT * FROM rated ${levelSql(filter.level)}`;
}

function levelSql(level: StocksFilter["level"]): Prisma.Sql {
  if (level === "out") return Prisma.sql`WHERE quantity <= 0`;
  if (level === "low") return Prisma.sql`WHERE quantity <= 0 OR "daysOfStock" < ${LOW_STOCK_DAYS}`;
  return Prisma.empty;
}

export function stocksPageSql(
  organizationId: string,
  params: StocksListParams,
  now: Date,
  page = { limit: params.pageSize, offset: (params.page - 1) * params.pageSize },
): Prisma.Sql {
  const dir = Prisma.raw(params.dir === "asc" ? "ASC" : "DESC");
  return Prisma.sql`SELECT * FROM (${itemsSql(organizationId, params, now)}) x
    ORDER BY ${Prisma.raw(SORT_COLUMNS[params.sort])} ${dir} NULLS LAST, "offerId" ${dir}, "connectionId" ${dir}
    LIMIT ${page.limit} OFFSET ${page.offset}`;
}

export function stocksCountSql(organizationId: string, filter: StocksFilter, now: Date): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS count FROM (${itemsSql(organizationId, filter, now)}) x`;
}
