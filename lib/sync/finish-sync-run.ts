import { getDatabase } from "@/lib/data/database";
import { recordHealthObservation, type HealthTransitionRecord } from "@/lib/data/health/record-health-observation";
import { isIntegrationError } from "@/lib/integrations/core/errors";
import { logger } from "@/lib/logger";
import { readCursorState, toJson } from "@/lib/sync/cursor-state";
import { getSource } from "@/lib/sync/sources";
import { pruneUntouchedStocks, snapshotStocks } from "@/lib/sync/stock-snapshot";
import { loadSyncTarget, type SyncTarget } from "@/lib/sync/sync-target";

export interface FinishedSyncRun {
  status: "succeeded" | "failed";
  transition: HealthTransitionRecord | null;
}

/**
 * Completes a run: a full-snapshot resource drops rows the vendor no longer lists and takes
 * the day's stock snapshot; the cursor keeps where the run ended as the next run's start.
 */
export async function completeSyncRun(options: SyncTarget & { syncRunId: string }): Promise<FinishedSyncRun> {
  const target = await loadSyncTarget(options);
  const source = getSource(target.provider, target.resource);
  const db = await getDatabase();
  const where = { connectionId_resource: { connectionId: target.connectionId, resource: target.resource } };
  const finishedAt = await db.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe(
        `SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext($1))`,
        `sync:${target.connectionId}:${target.resource}`,
      );
      const [{ now }] = await tx.$queryRawUnsafe<{ now: Date }[]>(`SELECT now() AS now`);
      const state = readCursorState((await tx.syncCursor.findUnique({ where }))?.cursor);
      if (state.run) {
        if (source.fullSnapshot && !state.run.stopped) {
          await pruneUntouchedStocks(tx, target.connectionId, state.run.startedAt);
          await snapshotStocks(tx, target.connectionId);
        }
        const watermark = source.watermarkAfter(state.run.position, new Date(state.run.startedAt));
        await tx.syncCursor.update({ where, data: { cursor: toJson({ watermark }), lastSuccessAt: now } });
      }
      const run = await tx.syncRun.findUniqueOrThrow({ where: { id: options.syncRunId }, select: { startedAt: true } });
      await tx.syncRun.update({
        where: { id: options.syncRunId },
        data: { status: "succeeded", progress: 1, finishedAt: now, durationMs: now.getTime() - (run.startedAt ?? now).getTime() },
      });
      return now;
    },
    { timeout: 5 * 60_000, maxWait: 60_000 },
  );
  const transition = await recordHealthObservation({
    organizationId: target.organizationId,
    connectionId: target.connectionId,
    observation: { source: "sync", ok: true, at: finishedAt },
  });
  return { status: "succeeded", transition };
}

/** A message safe for the UI: our IntegrationError texts name the operation, never a credential. */
export function safeErrorMessage(error: unknown): { code: string; message: string } {
  if (isIntegrationError(error)) return { code: error.code, message: error.message.slice(0, 500) };
  return { code: "internal_error", message: "The sync failed because of an internal error; it has been logged" };
}

/**
 * Fails a run. The cursor keeps the run in progress, so the next run resumes at the page
 * that failed instead of starting over.
 */
export async function failSyncRun(options: SyncTarget & { syncRunId: string; error: unknown }): Promise<FinishedSyncRun> {
  const { code, message } = safeErrorMessage(options.error);
  if (code === "internal_error") logger.error({ err: options.error, syncRunId: options.syncRunId }, "sync failed");
  const db = await getDatabase();
  const now = new Date();
  const run = await db.syncRun.findFirst({
    where: { id: options.syncRunId, organizationId: options.organizationId },
    select: { startedAt: true, status: true },
  });
  if (run && run.status !== "failed") {
    await db.syncRun.update({
      where: { id: options.syncRunId },
      data: {
        status: "failed",
        errorCode: code,
        errorMessage: message,
        finishedAt: now,
        durationMs: now.getTime() - (run.startedAt ?? now).getTime(),
      },
    });
  }
  const transition = await recordHealthObservation({
    organizationId: options.organizationId,
    connectionId: options.connectionId,
    observation: {
      source: "sync",
      ok: false,
      at: now,
      errorCode: code,
      errorMessage: message,
      missingScopes: isIntegrationError(options.error) ? options.error.missingScopes : undefined,
    },
  });
  return { status: "failed", transition };
}
