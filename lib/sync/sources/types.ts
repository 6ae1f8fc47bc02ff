import type { SyncPosition } from "@/lib/data/sync/cursor-state";
import type { TableSpec } from "@/lib/data/sync/upsert/bulk-upsert";
import type { SyncProvider, SyncResourceName } from "@/lib/connections/sync-resources";

/**
 * One resource of one marketplace as the engine sees it: where a run starts, how to fetch the
 * page at a position, and where that page leaves off. Positions are small JSON values stored
 * in SyncCursor after every page, so any page can be fetched again by a fresh process.
 */
export interface FetchedPage<Row, Position extends SyncPosition> {
  /**
   * The page's rows, in slices. A source may parse lazily while the slices are consumed (a WB
   * statistics page is 80 000 rows), but `next`, `done` and `progress` are known at once, so a
   * foreground loop can fetch the next page while this one is written.
   */
  slices: Iterable<Row[]>;
  /** Where the next page starts. */
  next: Position;
  /** True when this was the last page. */
  done: boolean;
  /** 0..1 when the source can tell how far it is. */
  progress?: number;
}

export interface ResourceSource<Client, Row, Position extends SyncPosition> {
  provider: SyncProvider;
  resource: SyncResourceName;
  table: TableSpec<Row>;
  /**
   * The vendor lists everything on every run (stocks): after a complete run, rows it no longer
   * lists are deleted, and a daily stock snapshot is taken.
   */
  fullSnapshot: boolean;
  /** The first position of a new run; `watermark` is where the last complete run ended. */
  start(watermark: Position | undefined, now: Date): Position;
  fetchPage(client: Client, position: Position): Promise<FetchedPage<Row, Position>>;
  /** What to remember when a run completes at `position` (the next run starts from it). */
  watermarkAfter(position: Position, runStartedAt: Date): Position;
}
