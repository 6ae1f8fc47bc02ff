import type { Db } from "@/lib/db/client";
import { ordersPerDaySql, salesPerDaySql, type OrdersPerDayRow, type SalesPerDayRow } from "@/lib/data/overview/overview-sql";
import { buildOverview, type Overview } from "@/lib/data/overview/build-overview";
import { previousRange, type DateRange } from "@/lib/validations/list-params";

/** KPIs for `range` against the same number of days before it, and the daily series per marketplace. */
export async function getOverview(options: { db: Db; organizationId: string; range: DateRange }): Promise<Overview> {
  const { db, organizationId, range } = options;
  const previous = previousRange(range);
  const [orders, sales] = await Promise.all([
    db.$queryRaw<OrdersPerDayRow[]>(ordersPerDaySql(organizationId, previous.start, range.end)),
    db.$queryRaw<SalesPerDayRow[]>(salesPerDaySql(organizationId, previous.start, range.end)),
  ]);
  return buildOverview({ range, previous, orders, sales });
}
