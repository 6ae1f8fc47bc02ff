import { RetryAfterError } from "inngest";
import type { HealthTransitionRecord } from "@/lib/data/health/apply-health-observation";
import { decideFailure } from "@/lib/sync/failure-policy";
import { failSyncRun, safeErrorMessage } from "@/lib/sync/finish-sync-run";
import { syncNextPage, type SyncPageOptions, type SyncPageResult } from "@/lib/sync/sync-page";

export type PageStepResult =
  ({ outcome: "page" } & SyncPageResult) | { outcome: "failed"; errorCode: string; transition: HealthTransitionRecord | null };

/**
 * One page as one Inngest step, through the same page driver as the foreground loop. What a
 * failure means is the failure policy's call: a fatal one fails the run right here and stops
 * (no retry storm against the vendor); a retry-after retries when the vendor said it may;
 * anything else is thrown for Inngest's backoff.
 */
export async function runSyncPageStep(options: Omit<SyncPageOptions, "vendor" | "prefetch">): Promise<PageStepResult> {
  try {
    return { outcome: "page", ...(await syncNextPage(options)) };
  } catch (error) {
    const decision = decideFailure(error);
    if (decision.kind === "fatal") {
      const failed = await failSyncRun({ ...options, error });
      return { outcome: "failed", errorCode: decision.error.code, transition: failed.transition };
    }
    if (decision.kind === "retry-after") throw new RetryAfterError(safeErrorMessage(error).message, decision.at, { cause: error });
    throw error;
  }
}
