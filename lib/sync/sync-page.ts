import { getDatabase } from "@/lib/data/database";
import { readCursorState, samePosition, toJson } from "@/lib/sync/cursor-state";
import { getSource, openVendorClient, type VendorClientOptions } from "@/lib/sync/sources";
import { loadSyncCredentials, loadSyncTarget, type SyncTarget } from "@/lib/sync/sync-target";
import { bulkUpsert } from "@/lib/sync/upsert/bulk-upsert";
import { withContractRetry } from "@/lib/integrations/core/parse";

export interface SyncPageOptions extends SyncTarget {
  syncRunId: string;
  clientOptions?: VendorClientOptions;
  /** A vendor client reused across pages by a foreground loop; steps open their own. */
  client?: unknown;
}

export interface SyncPageResult {
  fetched: number;
  inserted: number;
  updated: number;
  /** No page follows: complete the run. */
  done: boolean;
  note?: string;
}

/** Generous: a 80 000-row WB page on a busy database; the default 5 s would abort it. */
const PAGE_TRANSACTION = { timeout: 10 * 60_000, maxWait: 60_000 };

function fingerprintOf<Row>(rows: Row[], key: (row: Row) => string): string {
  return rows.length === 0 ? "0" : `${rows.length}:${key(rows[0])}:${key(rows[rows.length - 1])}`;
}

/**
 * Syncs the page at the stored position: fetch it, then in one transaction upsert its rows,
 * move the cursor past it and add to the run's counters. A crash before the commit leaves the
 * cursor on this page, so it is fetched again; the upsert makes the replay harmless.
 */
export async function syncNextPage(options: SyncPageOptions): Promise<SyncPageResult> {
  const target = await loadSyncTarget(options);
  const source = getSource(target.provider, target.resource);
  const db = await getDatabase();
  const where = { connectionId_resource: { connectionId: target.connectionId, resource: target.resource } };
  const state = readCursorState((await db.syncCursor.findUnique({ where }))?.cursor);
  if (!state.run) return { fetched: 0, inserted: 0, updated: 0, done: true, note: "completed by a concurrent run" };
  const position = state.run.position;

  const client = options.client ?? openVendorClient(target.provider, await loadSyncCredentials(target), options.clientOptions);
  // A truncated or garbled body is worth another try before the page (step) fails.
  const page = await withContractRetry(() => source.fetchPage(client, position));
  const fingerprint = fingerprintOf(page.rows, source.table.key);
  const stuck = !page.done && (samePosition(page.next, position) || (page.rows.length > 0 && fingerprint === state.run.fingerprint));
  const stopped = stuck ? "paging stopped: the vendor repeated a page or its cursor did not advance" : undefined;

  const counts = await db.$transaction(async (tx) => {
    // One page commit at a time per connection and resource: concurrent runs interleave pages, never rows.
    await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext($1))`, `sync:${target.connectionId}:${target.resource}`);
    const written = await bulkUpsert(tx, source.table, [target.organizationId, target.connectionId, target.provider], page.rows);
    const current = readCursorState((await tx.syncCursor.findUnique({ where }))?.cursor);
    // Only the run that read this position moves it: a concurrent run may already be further on.
    if (current.run && samePosition(current.run.position, position)) {
      await tx.syncCursor.update({ where, data: { cursor: toJson({ ...current, run: { ...current.run, position: page.next, fingerprint, stopped } }) } });
    }
    const run = await tx.syncRun.update({
      where: { id: options.syncRunId },
      data: {
        pages: { increment: 1 },
        rowsFetched: { increment: page.rows.length },
        rowsInserted: { increment: written.inserted },
        rowsUpdated: { increment: written.updated },
        progress: page.done ? 1 : (page.progress ?? null),
      },
      select: { pages: true, rowsFetched: true },
    });
    await tx.syncRun.update({ where: { id: options.syncRunId }, data: { progressNote: stopped ?? `${run.pages} pages, ${run.rowsFetched} rows` } });
    return written;
  }, PAGE_TRANSACTION);

  return { fetched: page.rows.length, ...counts, done: page.done || stuck, note: stopped };
}
