import type { Db } from "@/lib/db/client";
import { recordHealthObservation } from "@/lib/health/record-health-observation";
import type { HealthTransitionRecord } from "@/lib/data/health/apply-health-observation";
import { completeSyncRun as recordSyncRunComplete } from "@/lib/data/sync/complete-sync-run";
import { failSyncRun as recordSyncRunFailure, findSyncRunOfInngestRun } from "@/lib/data/sync/fail-sync-run";
import { isIntegrationError } from "@/lib/integrations/core/errors";
import { logger } from "@/lib/logger";
import type { CaughtError } from "@/lib/sync/failure-policy";
import { getSource } from "@/lib/sync/sources";
import { loadSyncTarget, type SyncTarget } from "@/lib/sync/sync-target";

export interface FinishedSyncRun {
  status: "succeeded" | "failed";
  transition: HealthTransitionRecord | null;
}

type FinishOptions = SyncTarget & { db: Db; syncRunId: string };

/**
 * Completes a run: a full-snapshot resource drops rows the vendor no longer lists and takes
 * the day's stock snapshot; the cursor keeps where the run ended as the next run's start.
 */
export async function completeSyncRun({ db, ...options }: FinishOptions): Promise<FinishedSyncRun> {
  const target = await loadSyncTarget(db, options);
  const source = getSource(target.provider, target.resource);
  const finishedAt = await recordSyncRunComplete({
    db,
    ...options,
    fullSnapshot: source.fullSnapshot,
    watermarkAfter: (position, runStartedAt) => source.watermarkAfter(position, runStartedAt),
  });
  const transition = await recordHealthObservation({
    db,
    organizationId: target.organizationId,
    connectionId: target.connectionId,
    observation: { source: "sync", ok: true, at: finishedAt },
  });
  return { status: "succeeded", transition };
}

/** A message safe for the UI: our IntegrationError texts name the operation, never a credential. */
export function safeErrorMessage(error: CaughtError): { code: string; message: string } {
  if (isIntegrationError(error)) return { code: error.code, message: error.message.slice(0, 500) };
  return { code: "internal_error", message: "The sync failed because of an internal error; it has been logged" };
}

/**
 * Fails a run. The cursor keeps the run in progress, so the next run resumes at the page
 * that failed instead of starting over.
 */
export async function failSyncRun({ db, error, ...options }: FinishOptions & { error: CaughtError }): Promise<FinishedSyncRun> {
  const { code, message } = safeErrorMessage(error);
  if (code === "internal_error") logger.error({ err: error, syncRunId: options.syncRunId }, "sync failed");
  const now = new Date();
  await recordSyncRunFailure({
    db,
    organizationId: options.organizationId,
    syncRunId: options.syncRunId,
    errorCode: code,
    errorMessage: message,
    now,
  });
  const transition = await recordHealthObservation({
    db,
    organizationId: options.organizationId,
    connectionId: options.connectionId,
    observation: {
      source: "sync",
      ok: false,
      at: now,
      errorCode: code,
      errorMessage: message,
      missingScopes: isIntegrationError(error) ? error.missingScopes : undefined,
    },
  });
  return { status: "failed", transition };
}

/** Fails the SyncRun an Inngest run was working on, once Inngest gave up on it (retries exhausted). */
export async function failSyncRunOfInngestRun({
  db,
  inngestRunId,
  syncRunId,
  ...options
}: Omit<FinishOptions, "syncRunId"> & { inngestRunId: string; syncRunId?: string; error: CaughtError }): Promise<FinishedSyncRun | null> {
  const runId = await findSyncRunOfInngestRun({ db, organizationId: options.organizationId, inngestRunId, syncRunId });
  return runId ? failSyncRun({ db, ...options, syncRunId: runId }) : null;
}
