import { RETRY_SAFE_HEADER, unwrap, type OperationContext } from "@/lib/integrations/core";
import type { WildberriesConnection } from "@/lib/integrations/wildberries/client";
import type { WbHost } from "@/lib/integrations/wildberries/rate-limits";
import {
  cardsListResponseSchema,
  pingResponseSchema,
  stocksReportResponseSchema,
  warehousesResponseSchema,
  type WbCard,
  type WbPing,
  type WbStockRow,
  type WbWarehouse,
} from "@/lib/integrations/wildberries/schemas";
import { WB_REQUIRED_CATEGORIES } from "@/lib/integrations/wildberries/token-categories";

/**
 * Single WB calls, each returning validated data. The sync pages them one stored position at a
 * time (lib/sync/sources/wildberries.ts); orders and sales come through statistics-page.ts.
 */

const vendor = "wildberries";
const op = (operation: string): OperationContext => ({ vendor, operation });
/** WB serves these lists through POST without side effects: safe to retry. */
const readOnlyPost = { [RETRY_SAFE_HEADER]: "1" };

export interface CardsCursor {
  updatedAt: string;
  nmID: number;
}

export interface CardsPage {
  cards: WbCard[];
  /** The position after the last card; absent on an empty page. */
  cursor?: CardsCursor;
  /** Cards in this answer (WB's `cursor.total`). */
  total: number;
}

export const CARDS_PAGE_LIMIT = 100;

export async function listCards(wb: WildberriesConnection, params: { cursor?: CardsCursor; limit?: number } = {}): Promise<CardsPage> {
  const ctx = op("POST /content/v2/get/cards/list");
  const limit = Math.min(params.limit ?? CARDS_PAGE_LIMIT, CARDS_PAGE_LIMIT);
  const body = {
    settings: {
      // Ascending by updatedAt, so the last cursor of one sync is where the next one starts.
      sort: { ascending: true },
      filter: { withPhoto: -1 as const },
      cursor: { limit, ...(params.cursor ?? {}) },
    },
  };
  const data = await wb.run(WB_REQUIRED_CATEGORIES.products, ctx, () =>
    unwrap(wb.hosts.content.POST("/content/v2/get/cards/list", { body, headers: readOnlyPost }), cardsListResponseSchema, ctx),
  );
  const { updatedAt, nmID, total } = data.cursor;
  return { cards: data.cards, cursor: updatedAt && nmID !== undefined ? { updatedAt, nmID } : undefined, total };
}

export const STOCKS_PAGE_LIMIT = 250_000;

/** The WB-warehouse stocks report (11-analytics.yaml): one row per size per warehouse, offset paging. */
export async function getStocksReport(
  wb: WildberriesConnection,
  params: { offset?: number; limit?: number; nmIds?: number[] } = {},
): Promise<WbStockRow[]> {
  const ctx = op("POST /api/analytics/v1/stocks-report/wb-warehouses");
  const body = { limit: params.limit ?? STOCKS_PAGE_LIMIT, offset: params.offset ?? 0, ...(params.nmIds ? { nmIds: params.nmIds } : {}) };
  const data = await wb.run(WB_REQUIRED_CATEGORIES.stocks, ctx, () =>
    unwrap(
      wb.hosts.analytics.POST("/api/analytics/v1/stocks-report/wb-warehouses", { body, headers: readOnlyPost }),
      stocksReportResponseSchema,
      ctx,
    ),
  );
  return data.data.items;
}

export async function listWarehouses(wb: WildberriesConnection): Promise<WbWarehouse[]> {
  const ctx = op("GET /api/v3/warehouses");
  return wb.run(WB_REQUIRED_CATEGORIES.warehouses, ctx, () =>
    unwrap(wb.hosts.marketplace.GET("/api/v3/warehouses"), warehousesResponseSchema, ctx),
  );
}

const PING_CATEGORY = {
  content: "content",
  statistics: "statistics",
  analytics: "analytics",
  marketplace: "marketplace",
  common: undefined,
} as const;

/** GET /ping on one host: token valid, and its category matches the host (common accepts any). */
export async function ping(wb: WildberriesConnection, host: WbHost = "common"): Promise<WbPing & { latencyMs: number }> {
  const ctx = op(`GET /ping (${host})`);
  const started = performance.now();
  const data = await wb.run(PING_CATEGORY[host], ctx, () => unwrap(wb.pingClient(host).GET("/ping"), pingResponseSchema, ctx));
  return { ...data, latencyMs: Math.round(performance.now() - started) };
}
