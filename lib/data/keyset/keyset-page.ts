import { encodeCursor, type KeysetCursor } from "@/lib/validations/keyset-cursor";

/**
 * Turns the pageSize+1 rows of a keyset query into a page with its neighbours' cursors.
 * Shared by the orders and sales lists (and their CSV export walks the same cursors).
 */
export interface KeysetPage<Row> {
  rows: Row[];
  /** Cursor for the next page (`after=`), when there is one. */
  nextCursor?: string;
  /** Cursor for the previous page (`before=`), when there is one. */
  prevCursor?: string;
}

interface PagingParams {
  pageSize: number;
  after?: KeysetCursor;
  before?: KeysetCursor;
}

export function keysetPage<Row extends { id: string }>(
  fetched: Row[],
  params: PagingParams,
  sortValue: (row: Row) => string,
): KeysetPage<Row> {
  const backwards = Boolean(params.before);
  const hasMore = fetched.length > params.pageSize;
  const slice = fetched.slice(0, params.pageSize);
  const rows = backwards ? slice.reverse() : slice;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const cursorOf = (row: Row) => encodeCursor({ value: sortValue(row), id: row.id });
  // Walking forward, a previous page exists because we came from it; walking back, so does a next one.
  const hasNext = backwards ? Boolean(params.before) : hasMore;
  const hasPrev = backwards ? hasMore : Boolean(params.after);
  return {
    rows,
    nextCursor: hasNext && last ? cursorOf(last) : undefined,
    prevCursor: hasPrev && first ? cursorOf(first) : undefined,
  };
}
