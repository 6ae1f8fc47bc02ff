import type { Db } from "@/lib/db/client";
import { readCursorState, toJson, type SyncPosition } from "@/lib/data/sync/cursor-state";
import { cursorLockKey } from "@/lib/data/sync/begin-sync-run";
import type { SyncTarget } from "@/lib/data/sync/get-sync-target";
import { pruneUntouchedStocks, snapshotStocks } from "@/lib/data/sync/stock-snapshot";

export interface CompleteSyncRunOptions extends SyncTarget {
  db: Db;
  syncRunId: string;
  /** The vendor lists everything each run (stocks): drop rows this run did not touch and snapshot the day. */
  fullSnapshot: boolean;
  /** What to remember when the run ends at `position` (the next run starts from it). */
  watermarkAfter(position: SyncPosition, runStartedAt: Date): SyncPosition;
}

/**
 * Completes a run in one transaction under the cursor's lock: a full-snapshot resource drops
 * rows the vendor no longer lists and takes the day's stock snapshot; the cursor keeps where
 * the run ended as the next run's start. Returns the database time the run finished.
 */
export async function completeSyncRun({
  db,
  organizationId,
  connectionId,
  resource,
  syncRunId,
  ...options
}: CompleteSyncRunOptions): Promise<Date> {
  const where = { connectionId_resource: { connectionId, resource } };
  return db.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext($1))`, cursorLockKey({ connectionId, resource }));
      const [{ now }] = await tx.$queryRawUnsafe<{ now: Date }[]>(`SELECT now() AS now`);
      const state = readCursorState((await tx.syncCursor.findFirst({ where: { connectionId, resource, organizationId } }))?.cursor);
      if (state.run) {
        if (options.fullSnapshot && !state.run.stopped) {
          await pruneUntouchedStocks({ db: tx, connectionId, runStartedAt: state.run.startedAt });
          await snapshotStocks({ db: tx, connectionId });
        }
        const watermark = options.watermarkAfter(state.run.position, new Date(state.run.startedAt));
        await tx.syncCursor.update({ where, data: { cursor: toJson({ watermark }), lastSuccessAt: now } });
      }
      const run = await tx.syncRun.findFirstOrThrow({ where: { id: syncRunId, organizationId }, select: { startedAt: true } });
      await tx.syncRun.update({
        where: { id: syncRunId },
        data: { status: "succeeded", progress: 1, finishedAt: now, durationMs: now.getTime() - (run.startedAt ?? now).getTime() },
      });
      return now;
    },
    { timeout: 5 * 60_000, maxWait: 60_000 },
  );
}
