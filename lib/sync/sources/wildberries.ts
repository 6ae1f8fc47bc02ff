import { connectWildberries, type WildberriesClientOptions, type WildberriesConnection } from "@/lib/integrations/wildberries/client";
import { formatMoscowDateTime, parseMoscowDateTime } from "@/lib/integrations/wildberries/moscow-time";
import {
  CARDS_PAGE_LIMIT,
  STOCKS_PAGE_LIMIT,
  getStocksReport,
  listCards,
  type CardsCursor,
} from "@/lib/integrations/wildberries/operations";
import { ordersResponseSchema, salesResponseSchema, type WbOrder, type WbSale } from "@/lib/integrations/wildberries/schemas";
import { fetchStatisticsPage, STATISTICS_PAGE_ROWS, type StatisticsPath } from "@/lib/integrations/wildberries/statistics-page";
import { mapWbCard, mapWbOrder, mapWbSale, mapWbStock } from "@/lib/sync/mappers/wildberries";
import type { FetchedPage, ResourceSource } from "@/lib/sync/sources/types";
import { orderTable, productTable, saleTable, stockTable } from "@/lib/data/sync/upsert/tables";
import type { OrderRow, SaleRow } from "@/lib/data/sync/upsert/rows";

/**
 * Wildberries resources, page by page. Each page must be fetchable on its own from a stored
 * position (one Inngest step per page), so the sources call the single-page operations and
 * apply WB's stop rules: a short page ends a listing, and so does a position that did not move.
 * Statistics pages (up to 80 000 rows) are parsed and written in slices: see lib/integrations/wildberries/statistics-page.ts.
 */
export const connectWb = (credentials: { token: string }, options?: WildberriesClientOptions) => connectWildberries(credentials, options);

const DAY_MS = 86_400_000;
/** WB fills some statistics fields up to a day later without moving lastChangeDate. */
export const WB_STATISTICS_OVERLAP_MS = DAY_MS;
/** First run: further back than WB keeps (90 days), so nothing it has is missed. */
export const WB_INITIAL_LOOKBACK_MS = 180 * DAY_MS;

type StatisticsPosition = { dateFrom: string };

function statisticsSource<Item extends { lastChangeDate: string }, Row>(
  resource: "orders" | "sales",
  table: ResourceSource<WildberriesConnection, Row, StatisticsPosition>["table"],
  path: StatisticsPath,
  schema: Parameters<typeof fetchStatisticsPage<Item, Row>>[3],
  map: (item: Item) => Row,
): ResourceSource<WildberriesConnection, Row, StatisticsPosition> {
  return {
    provider: "wildberries",
    resource,
    table,
    fullSnapshot: false,
    start(watermark, now) {
      const from = watermark
        ? (parseMoscowDateTime(watermark.dateFrom) ?? now.getTime()) - WB_STATISTICS_OVERLAP_MS
        : now.getTime() - WB_INITIAL_LOOKBACK_MS;
      return { dateFrom: formatMoscowDateTime(from) };
    },
    async fetchPage(wb, position): Promise<FetchedPage<Row, StatisticsPosition>> {
      const page = await fetchStatisticsPage(wb, path, position.dateFrom, schema, map);
      const fromMs = parseMoscowDateTime(position.dateFrom) ?? 0;
      const last = page.lastChangeDate ?? position.dateFrom;
      // Rows at exactly `last` come again on the next page; the upsert makes that harmless.
      const done = page.count < STATISTICS_PAGE_ROWS || last === position.dateFrom;
      const lastMs = parseMoscowDateTime(last) ?? fromMs;
      return {
        slices: page.slices,
        next: { dateFrom: last },
        done,
        progress: done ? 1 : Math.min(0.99, (lastMs - fromMs) / Math.max(1, Date.now() - fromMs)),
      };
    },
    watermarkAfter: (position) => position,
  };
}

export const wbOrdersSource = statisticsSource<WbOrder, OrderRow>(
  "orders",
  orderTable,
  "/api/v1/supplier/orders",
  ordersResponseSchema,
  mapWbOrder,
);
export const wbSalesSource = statisticsSource<WbSale, SaleRow>(
  "sales",
  saleTable,
  "/api/v1/supplier/sales",
  salesResponseSchema,
  mapWbSale,
);

type CardsPosition = { cursor?: CardsCursor };

/** Cards sorted by updatedAt ascending: continuing from the last cursor picks up every card changed since. */
export const wbProductsSource: ResourceSource<WildberriesConnection, ReturnType<typeof mapWbCard>, CardsPosition> = {
  provider: "wildberries",
  resource: "products",
  table: productTable,
  fullSnapshot: false,
  start: (watermark) => watermark ?? {},
  async fetchPage(wb, position) {
    const page = await listCards(wb, { cursor: position.cursor, limit: CARDS_PAGE_LIMIT });
    const next = page.cursor ?? position.cursor;
    return { slices: [page.cards.map(mapWbCard)], next: { cursor: next }, done: page.total < CARDS_PAGE_LIMIT || next === undefined };
  },
  watermarkAfter: (position) => position,
};

type OffsetPosition = { offset: number };

/** The WB-warehouse stocks report, read in full each run (WB keeps no stock history). */
export const wbStocksSource: ResourceSource<WildberriesConnection, ReturnType<typeof mapWbStock>, OffsetPosition> = {
  provider: "wildberries",
  resource: "stocks",
  table: stockTable,
  fullSnapshot: true,
  start: () => ({ offset: 0 }),
  async fetchPage(wb, position) {
    const rows = await getStocksReport(wb, { offset: position.offset, limit: STOCKS_PAGE_LIMIT });
    return { slices: [rows.map(mapWbStock)], next: { offset: position.offset + rows.length }, done: rows.length < STOCKS_PAGE_LIMIT };
  },
  watermarkAfter: () => ({ offset: 0 }),
};
