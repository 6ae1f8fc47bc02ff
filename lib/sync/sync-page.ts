import { getDatabase, withSqlTransaction } from "@/lib/data/database";
import { readCursorState, samePosition } from "@/lib/sync/cursor-state";
import { getSource, openVendorClient, type VendorClientOptions } from "@/lib/sync/sources";
import { loadSyncCredentials, loadSyncTarget, type LoadedTarget, type SyncTarget } from "@/lib/sync/sync-target";
import type { AnySource } from "@/lib/sync/sources/types";
import { bulkUpsert, pgRunner } from "@/lib/sync/upsert/bulk-upsert";
import { withContractRetry } from "@/lib/integrations/core/parse";
import type { PagePrefetch } from "@/lib/sync/page-prefetch";

export interface SyncPageOptions extends SyncTarget {
  syncRunId: string;
  clientOptions?: VendorClientOptions;
  /** A vendor client reused across pages by a foreground loop; steps open their own. */
  client?: unknown;
  /** A foreground loop's look-ahead: the next page is fetched while this one is written. */
  prefetch?: PagePrefetch;
}

export interface SyncPageResult {
  fetched: number;
  inserted: number;
  updated: number;
  /** No page follows: complete the run. */
  done: boolean;
  note?: string;
}

/**
 * Syncs the page at the stored position: fetch it, then in one transaction upsert its rows
 * (slice by slice), move the cursor past it and add to the run's counters. A crash before the commit leaves the
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
  return withContractRetry(() => commitPage(options, target, source, position, state.run!.fingerprint, client));
}

async function commitPage(
  options: SyncPageOptions,
  target: LoadedTarget,
  source: AnySource,
  position: unknown,
  lastFingerprint: string | undefined,
  client: unknown,
): Promise<SyncPageResult> {
  const page = await (options.prefetch?.take(position) ?? source.fetchPage(client, position));
  if (options.prefetch && !page.done && !samePosition(page.next, position)) {
    const next = page.next;
    options.prefetch.start(next, () => source.fetchPage(client, next));
  }
  return withSqlTransaction(async (sql) => {
    const run = pgRunner(sql);
    // One page commit at a time per connection and resource: concurrent runs interleave pages, never rows.
    await sql.query(`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext($1))`, [`sync:${target.connectionId}:${target.resource}`]);
    const written = { fetched: 0, inserted: 0, updated: 0 };
    let first: string | undefined;
    let last: string | undefined;
    // Slices are parsed as they are written; a malformed one rolls the whole page back. One write
    // stays in flight while the next slice is parsed, so PostgreSQL and the parser work at once.
    const inFlight: Promise<void>[] = [];
    try {
      for (const rows of page.slices) {
        if (rows.length === 0) continue;
        first ??= source.table.key(rows[0]);
        last = source.table.key(rows[rows.length - 1]);
        written.fetched += rows.length;
        inFlight.push(
          bulkUpsert(run, source.table, [target.organizationId, target.connectionId, target.provider], rows).then((counts) => {
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
    const fingerprint = `${written.fetched}:${first ?? ""}:${last ?? ""}`;
    const stuck = !page.done && (samePosition(page.next, position) || (written.fetched > 0 && fingerprint === lastFingerprint));
    const stopped = stuck ? "paging stopped: the vendor repeated a page or its cursor did not advance" : undefined;

    const key = [target.connectionId, target.resource];
    const [row] = await run.query<{ cursor: unknown }>(
      `SELECT cursor FROM "SyncCursor" WHERE "connectionId" = $1 AND resource = $2::"SyncResource" FOR UPDATE`,
      key,
    );
    const current = readCursorState(row?.cursor as never);
    // Only the run that read this position moves it: a concurrent run may already be further on.
    if (current.run && samePosition(current.run.position, position)) {
      const cursor = { ...current, run: { ...current.run, position: page.next, fingerprint, stopped } };
      await sql.query(
        `UPDATE "SyncCursor" SET cursor = $3::jsonb, "updatedAt" = now() WHERE "connectionId" = $1 AND resource = $2::"SyncResource"`,
        [...key, JSON.stringify(cursor)],
      );
    }
    await sql.query(
      `UPDATE "SyncRun" SET pages = pages + 1, "rowsFetched" = "rowsFetched" + $2, "rowsInserted" = "rowsInserted" + $3, "rowsUpdated" = "rowsUpdated" + $4,
         progress = $5, "progressNote" = COALESCE($6, (pages + 1) || ' pages, ' || ("rowsFetched" + $2) || ' rows')
       WHERE id = $1`,
      [options.syncRunId, written.fetched, written.inserted, written.updated, page.done ? 1 : (page.progress ?? null), stopped ?? null],
    );
    return { ...written, done: page.done || stuck, note: stopped };
  });
}
