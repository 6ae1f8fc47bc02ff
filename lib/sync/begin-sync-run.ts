import { getDatabase } from "@/lib/data/database";
import { readCursorState, toJson } from "@/lib/sync/cursor-state";
import { getSource } from "@/lib/sync/sources";
import { loadSyncTarget, SyncTargetError, type SyncTarget } from "@/lib/sync/sync-target";

export type SyncTriggerName = "schedule" | "manual" | "cli";

export interface BeginSyncRunOptions extends SyncTarget {
  trigger: SyncTriggerName;
  inngestRunId?: string;
}

export interface BegunSyncRun {
  syncRunId: string;
  /** The run continues one that stopped part-way (a crash, a lost worker). */
  resumed: boolean;
}

/**
 * Records a new SyncRun and makes sure the cursor has a run in progress: a fresh one starting
 * where the last complete run ended, or the interrupted one, which is then resumed as is.
 */
export async function beginSyncRun(options: BeginSyncRunOptions): Promise<BegunSyncRun> {
  const target = await loadSyncTarget(options);
  if (!target.active) throw new SyncTargetError("the connection is disabled");
  const source = getSource(target.provider, target.resource);
  const db = await getDatabase();
  return db.$transaction(async (tx) => {
    const [{ now }] = await tx.$queryRawUnsafe<{ now: Date }[]>(`SELECT now() AS now`);
    const run = await tx.syncRun.create({
      data: {
        organizationId: target.organizationId,
        connectionId: target.connectionId,
        resource: target.resource,
        trigger: options.trigger,
        status: "running",
        inngestRunId: options.inngestRunId,
        startedAt: now,
      },
      select: { id: true },
    });
    const where = { connectionId_resource: { connectionId: target.connectionId, resource: target.resource } };
    // The page lock of this connection and resource: two runs starting together agree on one run in progress.
    await tx.$queryRawUnsafe(
      `SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext($1))`,
      `sync:${target.connectionId}:${target.resource}`,
    );
    const cursor = await tx.syncCursor.upsert({
      where,
      create: { connectionId: target.connectionId, organizationId: target.organizationId, resource: target.resource, cursor: {} },
      update: {},
    });
    const state = readCursorState(cursor.cursor);
    if (state.run) return { syncRunId: run.id, resumed: true };
    const position = source.start(state.watermark, now);
    await tx.syncCursor.update({ where, data: { cursor: toJson({ ...state, run: { position, startedAt: now.toISOString() } }) } });
    return { syncRunId: run.id, resumed: false };
  });
}
