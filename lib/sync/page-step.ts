import { RetryAfterError } from "inngest";
import { failSyncRun, safeErrorMessage } from "@/lib/sync/finish-sync-run";
import { isFatalSyncError, retryDelayMs } from "@/lib/sync/sync-errors";
import { syncNextPage, type SyncPageResult } from "@/lib/sync/sync-page";
import type { SyncTarget } from "@/lib/sync/sync-target";
import type { HealthTransitionRecord } from "@/lib/data/health/record-health-observation";

export type PageStepResult =
  ({ outcome: "page" } & SyncPageResult) | { outcome: "failed"; errorCode: string; transition: HealthTransitionRecord | null };

/**
 * One page as one Inngest step. Failures a retry cannot fix (a revoked token, a missing
 * category) fail the run right here and stop: no retry storm against the vendor. Rate limits
 * retry when the vendor said they may; other transient failures retry with Inngest's backoff.
 */
export async function runSyncPageStep(target: SyncTarget, syncRunId: string): Promise<PageStepResult> {
  try {
    return { outcome: "page", ...(await syncNextPage({ ...target, syncRunId })) };
  } catch (error) {
    if (isFatalSyncError(error)) {
      const failed = await failSyncRun({ ...target, syncRunId, error });
      return { outcome: "failed", errorCode: error.code, transition: failed.transition };
    }
    const waitMs = retryDelayMs(error);
    if (waitMs !== undefined) throw new RetryAfterError(safeErrorMessage(error).message, new Date(Date.now() + waitMs), { cause: error });
    throw error;
  }
}
