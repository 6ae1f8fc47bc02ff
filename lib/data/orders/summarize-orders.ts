import type { Db } from "@/lib/db/client";
import { ordersSummarySql, type OrdersFilter } from "@/lib/data/orders/orders-sql";

export interface ListSummary {
  count: number;
  amountKopecks: number;
}

/** Count and total of the orders matching the filters (all pages), for the list's caption. */
export async function summarizeOrders(options: { db: Db; organizationId: string; filter: OrdersFilter }): Promise<ListSummary> {
  const [row] = await options.db.$queryRaw<{ count: number; amountKopecks: bigint }[]>(
    ordersSummarySql(options.organizationId, options.filter),
  );
  return { count: Number(row?.count ?? 0), amountKopecks: Number(row?.amountKopecks ?? 0) };
}
