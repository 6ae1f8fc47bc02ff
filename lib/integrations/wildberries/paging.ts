import { logger } from "@/lib/logger";
import type { WildberriesConnection } from "@/lib/integrations/wildberries/client";
import {
  CARDS_PAGE_LIMIT,
  STOCKS_PAGE_LIMIT,
  getStocksReport,
  listCards,
  listOrders,
  listSales,
  statisticsDate,
  type CardsCursor,
} from "@/lib/integrations/wildberries/operations";
import type { WbCard, WbOrder, WbSale, WbStockRow } from "@/lib/integrations/wildberries/schemas";

/**
 * Full listings as async iterators. Each yields a page with the cursor to persist: resuming
 * from it continues after that page. Every walk stops on an empty page, a short page, a
 * repeated cursor or a cursor that does not advance, so a vendor bug cannot loop forever.
 */
export interface Page<T, C> {
  items: T[];
  cursor: C;
}

const log = logger.child({ vendor: "wildberries" });

export async function* iterateCards(
  wb: WildberriesConnection,
  start?: CardsCursor,
  limit = CARDS_PAGE_LIMIT,
): AsyncGenerator<Page<WbCard, CardsCursor | undefined>> {
  let cursor = start;
  const seen = new Set<string>();
  for (;;) {
    const page = await listCards(wb, { cursor, limit });
    if (page.cards.length === 0) return;
    const next = page.cursor ?? cursor;
    yield { items: page.cards, cursor: next };
    const key = next ? `${next.updatedAt}|${next.nmID}` : "";
    // WB: "repeat until total < limit".
    if (page.total < limit || !next) return;
    if (seen.has(key) || (cursor && key === `${cursor.updatedAt}|${cursor.nmID}`)) {
      log.warn({ operation: "cards" }, "paging stopped: the cards cursor did not advance");
      return;
    }
    seen.add(key);
    cursor = next;
  }
}

/** WB caps a flag=0 statistics answer at about 80 000 rows; a shorter answer is the last one. */
export const STATISTICS_PAGE_ROWS = 80_000;

/**
 * Statistics paging: the next `dateFrom` is the last row's `lastChangeDate`, and WB returns rows
 * with lastChangeDate >= dateFrom, so rows at that exact instant come again; they are dropped
 * here by their natural key, so every row is yielded once.
 */
async function* iterateStatistics<T extends { lastChangeDate: string }>(
  operation: string,
  dateFrom: string | Date,
  fetchPage: (dateFrom: string) => Promise<T[]>,
  keyOf: (row: T) => string,
): AsyncGenerator<Page<T, string>> {
  let cursor = statisticsDate(dateFrom);
  let atCursor = new Set<string>();
  for (;;) {
    const rows = await fetchPage(cursor);
    if (rows.length === 0) return;
    const fresh = rows.filter((row) => row.lastChangeDate !== cursor || !atCursor.has(keyOf(row)));
    const next = rows[rows.length - 1].lastChangeDate;
    const advanced = next !== cursor;
    const boundary = advanced ? new Set<string>() : atCursor;
    for (let k = rows.length - 1; k >= 0 && rows[k].lastChangeDate === next; k--) boundary.add(keyOf(rows[k]));
    if (fresh.length > 0) yield { items: fresh, cursor: next };
    if (rows.length < STATISTICS_PAGE_ROWS || fresh.length === 0) return;
    if (!advanced) {
      log.warn({ operation }, "paging stopped: a full page without a later lastChangeDate");
      return;
    }
    cursor = next;
    atCursor = boundary;
  }
}

export function iterateOrders(wb: WildberriesConnection, dateFrom: string | Date): AsyncGenerator<Page<WbOrder, string>> {
  return iterateStatistics(
    "orders",
    dateFrom,
    (d) => listOrders(wb, { dateFrom: d }),
    (row) => row.srid,
  );
}

export function iterateSales(wb: WildberriesConnection, dateFrom: string | Date): AsyncGenerator<Page<WbSale, string>> {
  return iterateStatistics(
    "sales",
    dateFrom,
    (d) => listSales(wb, { dateFrom: d }),
    (row) => row.saleID,
  );
}

/** The stocks report by offset; the cursor is the offset of the next page. */
export async function* iterateStocks(wb: WildberriesConnection, limit = STOCKS_PAGE_LIMIT): AsyncGenerator<Page<WbStockRow, number>> {
  let offset = 0;
  for (;;) {
    const rows = await getStocksReport(wb, { offset, limit });
    if (rows.length === 0) return;
    offset += rows.length;
    yield { items: rows, cursor: offset };
    if (rows.length < limit) return;
  }
}
