import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The overview's two aggregations: orders and sales per Moscow day per marketplace, over the
 * chosen period and the one before it in a single pass each. The KPIs are sums of these rows,
 * so the database returns at most 2 × 366 × 2 rows however many orders there are; the scan
 * runs on the (organizationId, orderedAt) / (organizationId, soldAt) indexes.
 * Money is summed in numeric and returned as integer kopecks, so totals are exact.
 */
export function ordersPerDaySql(organizationId: string, start: Date, end: Date): Prisma.Sql {
  return Prisma.sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, marketplace, orders, cancelled, "orderedKopecks" FROM (
      SELECT (o."orderedAt" AT TIME ZONE 'Europe/Moscow')::date AS day, o.marketplace::text AS marketplace,
        count(*) FILTER (WHERE NOT o."isCancelled")::int AS orders,
        count(*) FILTER (WHERE o."isCancelled")::int AS cancelled,
        (coalesce(sum(o.amount) FILTER (WHERE NOT o."isCancelled"), 0) * 100)::bigint AS "orderedKopecks"
      FROM "Order" o
      WHERE o."organizationId" = ${organizationId} AND o."orderedAt" >= ${start} AND o."orderedAt" < ${end}
      GROUP BY 1, 2
    ) d`;
}

export function salesPerDaySql(organizationId: string, start: Date, end: Date): Prisma.Sql {
  return Prisma.sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, marketplace, sales, returns, "revenueKopecks", "salesKopecks" FROM (
      SELECT (s."soldAt" AT TIME ZONE 'Europe/Moscow')::date AS day, s.marketplace::text AS marketplace,
        count(*) FILTER (WHERE s.kind = 'sale')::int AS sales,
        count(*) FILTER (WHERE s.kind = 'return')::int AS returns,
        (coalesce(sum(s.amount), 0) * 100)::bigint AS "revenueKopecks",
        (coalesce(sum(s.amount) FILTER (WHERE s.kind = 'sale'), 0) * 100)::bigint AS "salesKopecks"
      FROM "Sale" s
      WHERE s."organizationId" = ${organizationId} AND s."soldAt" >= ${start} AND s."soldAt" < ${end}
      GROUP BY 1, 2
    ) d`;
}

export interface OrdersPerDayRow {
  day: string;
  marketplace: "wildberries" | "ozon";
  orders: number;
  cancelled: number;
  orderedKopecks: bigint | number | string;
}

export interface SalesPerDayRow {
  day: string;
  marketplace: "wildberries" | "ozon";
  sales: number;
  returns: number;
  revenueKopecks: bigint | number | string;
  salesKopecks: bigint | number | string;
}
