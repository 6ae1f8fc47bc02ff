import type { Db, SqlPool } from "@/lib/db/client";
import type { HealthTransitionRecord } from "@/lib/data/health/apply-health-observation";
import { beginSyncRun, type SyncTriggerName } from "@/lib/sync/begin-sync-run";
import { decideFailure, retryAfterDelayMs, type CaughtError } from "@/lib/sync/failure-policy";
import { completeSyncRun, failSyncRun, safeErrorMessage } from "@/lib/sync/finish-sync-run";
import { PagePrefetch } from "@/lib/sync/page-prefetch";
import { openVendorClient, type SourcePage, type VendorClientOptions } from "@/lib/sync/sources";
import { syncNextPage, type SyncPageResult } from "@/lib/sync/sync-page";
import { loadSyncTarget, loadVendorCredentials, type SyncTarget } from "@/lib/sync/sync-target";

export interface SyncProgress {
  pages: number;
  fetched: number;
  inserted: number;
  updated: number;
  lastPage: SyncPageResult;
}

export interface RunSyncOptions extends SyncTarget {
  db: Db;
  sql: SqlPool;
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
 * the benchmark; a failed page is retried here as the failure policy says Inngest would retry the step.
 */
export async function runSync(options: RunSyncOptions): Promise<SyncSummary> {
  const started = performance.now();
  const begun = await beginSyncRun(options);
  const totals = { pages: 0, fetched: 0, inserted: 0, updated: 0 };
  const finish = (status: "succeeded" | "failed", transition: HealthTransitionRecord | null, error?: CaughtError): SyncSummary => ({
    syncRunId: begun.syncRunId,
    status,
    resumed: begun.resumed,
    ...totals,
    durationMs: Math.round(performance.now() - started),
    ...(error ? { errorCode: safeErrorMessage(error).code, errorMessage: safeErrorMessage(error).message } : {}),
    transition,
  });
  const run = { ...options, syncRunId: begun.syncRunId };
  try {
    const vendor = openVendorClient(
      await loadVendorCredentials(options.db, await loadSyncTarget(options.db, options)),
      options.clientOptions,
    );
    const prefetch = new PagePrefetch<SourcePage>();
    for (;;) {
      const page = await withPageRetries(() => syncNextPage({ ...run, vendor, prefetch }), options);
      totals.pages += 1;
      totals.fetched += page.fetched;
      totals.inserted += page.inserted;
      totals.updated += page.updated;
      options.onPage?.({ ...totals, lastPage: page });
      if (page.done) break;
    }
  } catch (error) {
    const failed = await failSyncRun({ ...run, error });
    return finish("failed", failed.transition, error);
  }
  const completed = await completeSyncRun(run);
  return finish("succeeded", completed.transition);
}

async function withPageRetries<T>(fn: () => Promise<T>, options: Pick<RunSyncOptions, "pageAttempts" | "maxRetryWaitMs">): Promise<T> {
  const attempts = options.pageAttempts ?? 5;
  const maxWait = options.maxRetryWaitMs ?? 60_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const decision = decideFailure(error);
      if (decision.kind === "fatal" || attempt >= attempts) throw error;
      await sleep(Math.min(maxWait, retryAfterDelayMs(decision) ?? 500 * 2 ** (attempt - 1)));
    }
  }
}
