import { withSqlTransaction, type SqlPool } from "@/lib/db/client";
import type { Marketplace, Prisma } from "@/lib/generated/prisma/client";
import { cursorLockKey } from "@/lib/data/sync/begin-sync-run";
import { readCursorState, samePosition, type SyncPosition } from "@/lib/data/sync/cursor-state";
import type { SyncTarget } from "@/lib/data/sync/get-sync-target";
import { bulkUpsert, pgRunner, type TableSpec } from "@/lib/data/sync/upsert/bulk-upsert";

export interface CommitSyncPageOptions<Row> extends SyncTarget {
  sql: SqlPool;
  marketplace: Marketplace;
  syncRunId: string;
  table: TableSpec<Row>;
  /** The page's rows, slice by slice; a source may parse each slice only when it is taken. */
  slices: Iterable<Row[]>;
  /** The position this page was fetched at, and where the next one starts. */
  position: SyncPosition;
  next: SyncPosition;
  done: boolean;
  progress?: number;
  /** The fingerprint of the page before this one, to notice a vendor serving one page forever. */
  lastFingerprint?: string;
}

export interface CommittedPage {
  fetched: number;
  inserted: number;
  updated: number;
  /** No page follows: complete the run. */
  done: boolean;
  note?: string;
}

/**
 * Writes one page in one transaction on the bulk-write pool: upserts its rows slice by slice,
 * moves the cursor past it and adds to the run's counters. A crash before the commit leaves
 * the cursor on this page, so it is fetched again; the upsert makes the replay harmless.
 */
export async function commitSyncPage<Row>({ sql: pool, ...page }: CommitSyncPageOptions<Row>): Promise<CommittedPage> {
  return withSqlTransaction(pool, async (sql) => {
    const run = pgRunner(sql);
    // One page commit at a time per connection and resource: concurrent runs interleave pages, never rows.
    await sql.query(`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext($1))`, [cursorLockKey(page)]);
    const written = await upsertSlices(run, page);
    const fingerprint = `${written.fetched}:${written.first ?? ""}:${written.last ?? ""}`;
    const stuck = !page.done && (samePosition(page.next, page.position) || (written.fetched > 0 && fingerprint === page.lastFingerprint));
    const stopped = stuck ? "paging stopped: the vendor repeated a page or its cursor did not advance" : undefined;

    const key = [page.connectionId, page.resource, page.organizationId];
    const [row] = await run.query<{ cursor: Prisma.JsonValue }>(
      `SELECT cursor FROM "SyncCursor" WHERE "connectionId" = $1 AND resource = $2::"SyncResource" AND "organizationId" = $3 FOR UPDATE`,
      key,
    );
    const current = readCursorState(row?.cursor);
    // Only the run that read this position moves it: a concurrent run may already be further on.
    if (current.run && samePosition(current.run.position, page.position)) {
      const cursor = { ...current, run: { ...current.run, position: page.next, fingerprint, stopped } };
      await sql.query(
        `UPDATE "SyncCursor" SET cursor = $4::jsonb, "updatedAt" = now() WHERE "connectionId" = $1 AND resource = $2::"SyncResource" AND "organizationId" = $3`,
        [...key, JSON.stringify(cursor)],
      );
    }
    await sql.query(
      `UPDATE "SyncRun" SET pages = pages + 1, "rowsFetched" = "rowsFetched" + $2, "rowsInserted" = "rowsInserted" + $3, "rowsUpdated" = "rowsUpdated" + $4,
         progress = $5, "progressNote" = COALESCE($6, (pages + 1) || ' pages, ' || ("rowsFetched" + $2) || ' rows')
       WHERE id = $1`,
      [page.syncRunId, written.fetched, written.inserted, written.updated, page.done ? 1 : (page.progress ?? null), stopped ?? null],
    );
    return { fetched: written.fetched, inserted: written.inserted, updated: written.updated, done: page.done || stuck, note: stopped };
  });
}

/**
 * Slices are parsed as they are written; a malformed one rolls the whole page back. One write
 * stays in flight while the next slice is parsed, so PostgreSQL and the parser work at once.
 */
async function upsertSlices<Row>(run: ReturnType<typeof pgRunner>, page: Omit<CommitSyncPageOptions<Row>, "sql">) {
  const written = { fetched: 0, inserted: 0, updated: 0, first: undefined as string | undefined, last: undefined as string | undefined };
  const constants = [page.organizationId, page.connectionId, page.marketplace];
  const inFlight: Promise<void>[] = [];
  try {
    for (const rows of page.slices) {
      if (rows.length === 0) continue;
      written.first ??= page.table.key(rows[0]);
      written.last = page.table.key(rows[rows.length - 1]);
      written.fetched += rows.length;
      inFlight.push(
        bulkUpsert(run, page.table, constants, rows).then((counts) => {
          written.inserted += counts.inserted;
          written.updated += counts.updated;
        }),
      );
      if (inFlight.length > 1) await inFlight.shift();
    }
    await Promise.all(inFlight.splice(0));
  } catch (error) {
    await Promise.allSettled(inFlight);
    throw error;
  }
  return written;
}
