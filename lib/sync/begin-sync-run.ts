import type { Db } from "@/lib/db/client";
import { beginSyncRun as recordSyncRunStart, type BegunSyncRun } from "@/lib/data/sync/begin-sync-run";
import { getSource } from "@/lib/sync/sources";
import { loadSyncTarget, SyncTargetError, type SyncTarget } from "@/lib/sync/sync-target";

export type SyncTriggerName = "schedule" | "manual" | "cli";

export interface BeginSyncRunOptions extends SyncTarget {
  db: Db;
  trigger: SyncTriggerName;
  inngestRunId?: string;
}

export type { BegunSyncRun };

/**
 * Starts a run of an active connection: a new SyncRun, and a run in progress on the cursor —
 * a fresh one where the source starts after the last complete run, or the interrupted one.
 */
export async function beginSyncRun({ db, ...options }: BeginSyncRunOptions): Promise<BegunSyncRun> {
  const target = await loadSyncTarget(db, options);
  if (!target.active) throw new SyncTargetError("the connection is disabled");
  const source = getSource(target.provider, target.resource);
  return recordSyncRunStart({ db, ...options, startPosition: (watermark, now) => source.start(watermark, now) });
}
