import type { Db } from "@/lib/db/client";
import type { ListSummary } from "@/lib/data/orders/summarize-orders";
import { salesSummarySql, type SalesFilter } from "@/lib/data/sales/sales-sql";

/** Count and net total (returns are negative) of the sales matching the filters. */
export async function summarizeSales(options: { db: Db; organizationId: string; filter: SalesFilter }): Promise<ListSummary> {
  const [row] = await options.db.$queryRaw<{ count: number; amountKopecks: bigint }[]>(
    salesSummarySql(options.organizationId, options.filter),
  );
  return { count: Number(row?.count ?? 0), amountKopecks: Number(row?.amountKopecks ?? 0) };
}
