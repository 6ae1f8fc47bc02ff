import { beginSyncRun, type SyncTriggerName } from "@/lib/sync/begin-sync-run";
import { completeSyncRun, failSyncRun, safeErrorMessage } from "@/lib/sync/finish-sync-run";
import { isFatalSyncError, retryDelayMs } from "@/lib/sync/sync-errors";
import { syncNextPage, type SyncPageResult } from "@/lib/sync/sync-page";
import { PagePrefetch } from "@/lib/sync/page-prefetch";
import { openVendorClient, type VendorClientOptions } from "@/lib/sync/sources";
import { loadSyncCredentials, loadSyncTarget, type SyncTarget } from "@/lib/sync/sync-target";
import type { HealthTransitionRecord } from "@/lib/data/health/record-health-observation";

export interface SyncProgress {
  pages: number;
  fetched: number;
  inserted: number;
  updated: number;
  lastPage: SyncPageResult;
}

export interface RunSyncOptions extends SyncTarget {
  trigger: SyncTriggerName;
  clientOptions?: VendorClientOptions;
  onPage?: (progress: SyncProgress) => void;
  /** Retries of one page after transient failures (on top of the HTTP client's own). */
  pageAttempts?: number;
  /** Longest single wait between page attempts. */
  maxRetryWaitMs?: number;
}

export interface SyncSummary {
  syncRunId: string;
  status: "succeeded" | "failed";
  resumed: boolean;
  pages: number;
  fetched: number;
  inserted: number;
  updated: number;
  durationMs: number;
  errorCode?: string;
  errorMessage?: string;
  transition: HealthTransitionRecord | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A whole sync in this process, page after page, with the same steps the Inngest function runs
 * (begin, one committed page at a time, complete or fail). Used by the ops CLI, the seed and
 * the benchmark; a transient failure of a page is retried here as Inngest would retry the step.
 */
export async function runSync(options: RunSyncOptions): Promise<SyncSummary> {
  const started = performance.now();
  const begun = await beginSyncRun(options);
  const totals = { pages: 0, fetched: 0, inserted: 0, updated: 0 };
  const finish = (status: "succeeded" | "failed", transition: HealthTransitionRecord | null, error?: unknown): SyncSummary => ({
    syncRunId: begun.syncRunId,
    status,
    resumed: begun.resumed,
    ...totals,
    durationMs: Math.round(performance.now() - started),
    ...(error ? { errorCode: safeErrorMessage(error).code, errorMessage: safeErrorMessage(error).message } : {}),
    transition,
  });
  try {
    const target = await loadSyncTarget(options);
    const client = openVendorClient(target.provider, await loadSyncCredentials(options), options.clientOptions);
    const prefetch = new PagePrefetch();
    for (;;) {
      const page = await withPageRetries(() => syncNextPage({ ...options, syncRunId: begun.syncRunId, client, prefetch }), options);
      totals.pages += 1;
      totals.fetched += page.fetched;
      totals.inserted += page.inserted;
      totals.updated += page.updated;
      options.onPage?.({ ...totals, lastPage: page });
      if (page.done) break;
    }
  } catch (error) {
    const failed = await failSyncRun({ ...options, syncRunId: begun.syncRunId, error });
    return finish("failed", failed.transition, error);
  }
  const completed = await completeSyncRun({ ...options, syncRunId: begun.syncRunId });
  return finish("succeeded", completed.transition);
}

async function withPageRetries<T>(fn: () => Promise<T>, options: Pick<RunSyncOptions, "pageAttempts" | "maxRetryWaitMs">): Promise<T> {
  const attempts = options.pageAttempts ?? 5;
  const maxWait = options.maxRetryWaitMs ?? 60_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (isFatalSyncError(error) || attempt >= attempts) throw error;
      await sleep(Math.min(maxWait, retryDelayMs(error) ?? 500 * 2 ** (attempt - 1)));
    }
  }
}
