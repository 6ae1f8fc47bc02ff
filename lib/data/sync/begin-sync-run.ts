import type { Db } from "@/lib/db/client";
import type { SyncTrigger } from "@/lib/generated/prisma/client";
import { readCursorState, toJson, type SyncPosition } from "@/lib/data/sync/cursor-state";
import type { SyncTarget } from "@/lib/data/sync/get-sync-target";

export interface BeginSyncRunOptions extends SyncTarget {
  db: Db;
  trigger: SyncTrigger;
  inngestRunId?: string;
  /** Where a fresh run starts, from where the last complete run ended and the database time. */
  startPosition(watermark: SyncPosition | undefined, now: Date): SyncPosition;
}

export interface BegunSyncRun {
  syncRunId: string;
  /** The run continues one that stopped part-way (a crash, a lost worker). */
  resumed: boolean;
}

/** The lock every writer of one connection's resource cursor takes, inside its transaction. */
export const cursorLockKey = (target: Pick<SyncTarget, "connectionId" | "resource">) => `sync:${target.connectionId}:${target.resource}`;

/**
 * Records a new SyncRun and makes sure the cursor has a run in progress: a fresh one starting
 * where the last complete run ended, or the interrupted one, which is then resumed as is.
 */
export async function beginSyncRun({ db, organizationId, connectionId, resource, ...options }: BeginSyncRunOptions): Promise<BegunSyncRun> {
  return db.$transaction(async (tx) => {
    const [{ now }] = await tx.$queryRawUnsafe<{ now: Date }[]>(`SELECT now() AS now`);
    const run = await tx.syncRun.create({
      data: {
        organizationId,
        connectionId,
        resource,
        trigger: options.trigger,
        status: "running",
        inngestRunId: options.inngestRunId,
        startedAt: now,
      },
      select: { id: true },
    });
    const where = { connectionId_resource: { connectionId, resource } };
    // The page lock of this connection and resource: two runs starting together agree on one run in progress.
    await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext($1))`, cursorLockKey({ connectionId, resource }));
    const cursor = await tx.syncCursor.upsert({ where, create: { connectionId, organizationId, resource, cursor: {} }, update: {} });
    const state = readCursorState(cursor.cursor);
    if (state.run) return { syncRunId: run.id, resumed: true };
    const position = options.startPosition(state.watermark, now);
    await tx.syncCursor.update({ where, data: { cursor: toJson({ ...state, run: { position, startedAt: now.toISOString() } }) } });
    return { syncRunId: run.id, resumed: false };
  });
}
