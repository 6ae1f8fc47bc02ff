import { logger } from "@/lib/logger";

/** One page of a full listing, with the cursor to persist: resuming from it continues after this page. */
export interface OzonPage<T> {
  items: T[];
  /** Where the next page starts; "" once the listing is complete. */
  cursor: string;
  /** Whether another page follows (false on the last page yielded). */
  hasMore: boolean;
}

export interface PageAnswer<T> {
  items: T[];
  /** The cursor the vendor returned for the next page ("" or absent when it has none). */
  next: string | undefined;
  /** The vendor's explicit "more follows" flag, where the method has one (`has_next`). */
  hasNext?: boolean;
}

/** Empty pages a vendor may legitimately send while it still says `has_next`; past this it is stuck. */
const MAX_EMPTY_PAGES_IN_A_ROW = 50;

/**
 * Walks a cursor-paged listing to its end. Stops on: the vendor's `has_next: false`, an empty page
 * where the method has no such flag, an empty next cursor, or a cursor already seen (a vendor bug
 * that would otherwise loop forever; logged so it does not pass silently).
 */
export async function* walkCursor<T>(
  operation: string,
  start: string | undefined,
  fetchPage: (cursor: string | undefined) => Promise<PageAnswer<T>>,
): AsyncGenerator<OzonPage<T>> {
  const seen = new Set<string>([start ?? ""]);
  let cursor = start || undefined;
  let emptyInARow = 0;
  for (;;) {
    const page = await fetchPage(cursor);
    const next = page.next ?? "";
    emptyInARow = page.items.length === 0 ? emptyInARow + 1 : 0;
    const vendorSaysMore = page.hasNext ?? page.items.length > 0;
    const repeated = next !== "" && seen.has(next);
    if (repeated) logger.warn({ vendor: "ozon", operation }, "paging stopped: the vendor returned a cursor it had already returned");
    if (emptyInARow > MAX_EMPTY_PAGES_IN_A_ROW) {
      logger.warn({ vendor: "ozon", operation }, "paging stopped: too many empty pages in a row");
      return;
    }
    const hasMore = vendorSaysMore && next !== "" && !repeated;
    if (page.items.length > 0 || !hasMore) yield { items: page.items, cursor: hasMore ? next : "", hasMore };
    if (!hasMore) return;
    seen.add(next);
    cursor = next;
  }
}

/** Splits `items` into chunks of at most `size` (Ozon's batch methods take ≤ 1000 ids). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
