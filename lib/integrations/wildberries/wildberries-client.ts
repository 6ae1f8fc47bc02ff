import { connectWildberries, type WildberriesClientOptions, type WildberriesCredentials } from "@/lib/integrations/wildberries/client";
import * as ops from "@/lib/integrations/wildberries/operations";
import * as paging from "@/lib/integrations/wildberries/paging";
import type { WbHost } from "@/lib/integrations/wildberries/rate-limits";

/**
 * The Wildberries client for one seller account: typed, validated operations and full
 * listings. Rate limits (per WB host and method group) and the circuit breaker are keyed by
 * the token's seller id, so every client of the same seller shares one budget.
 */
export function createWildberriesClient(credentials: WildberriesCredentials, options: WildberriesClientOptions = {}) {
  const wb = connectWildberries(credentials, options);
  return {
    token: wb.token,
    accountKey: wb.accountKey,
    hosts: wb.hosts,
    listCards: (params?: { cursor?: ops.CardsCursor; limit?: number }) => ops.listCards(wb, params),
    listOrders: (params: ops.StatisticsQuery) => ops.listOrders(wb, params),
    listSales: (params: ops.StatisticsQuery) => ops.listSales(wb, params),
    getStocksReport: (params?: { offset?: number; limit?: number; nmIds?: number[] }) => ops.getStocksReport(wb, params),
    listWarehouses: () => ops.listWarehouses(wb),
    ping: (host?: WbHost) => ops.ping(wb, host),
    iterateCards: (start?: ops.CardsCursor, limit?: number) => paging.iterateCards(wb, start, limit),
    iterateOrders: (dateFrom: string | Date) => paging.iterateOrders(wb, dateFrom),
    iterateSales: (dateFrom: string | Date) => paging.iterateSales(wb, dateFrom),
    iterateStocks: (limit?: number) => paging.iterateStocks(wb, limit),
  };
}

export type WildberriesClient = ReturnType<typeof createWildberriesClient>;
