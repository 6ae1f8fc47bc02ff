import type { Db, SqlPool } from "@/lib/db/client";
import { samePosition } from "@/lib/data/sync/cursor-state";
import { getRunInProgress } from "@/lib/data/sync/get-run-in-progress";
import type { CommittedPage } from "@/lib/data/sync/commit-sync-page";
import { withContractRetry } from "@/lib/sync/failure-policy";
import type { PagePrefetch } from "@/lib/sync/page-prefetch";
import { fetchSourcePage, openVendorClient, type SourcePage, type VendorClient, type VendorClientOptions } from "@/lib/sync/sources";
import { loadSyncTarget, loadVendorCredentials, type SyncTarget } from "@/lib/sync/sync-target";

export interface SyncPageOptions extends SyncTarget {
  db: Db;
  /** The bulk-write pool the page's rows go through. */
  sql: SqlPool;
  syncRunId: string;
  clientOptions?: VendorClientOptions;
  /** A vendor client reused across pages by a foreground loop; steps open their own. */
  vendor?: VendorClient;
  /** A foreground loop's look-ahead: the next page is fetched while this one is written. */
  prefetch?: PagePrefetch<SourcePage>;
}

export type SyncPageResult = CommittedPage;

/**
 * The one page driver, for the Inngest step and the foreground loop alike: read the stored
 * position, fetch that page from the vendor, and commit its rows with the cursor moved past it.
 */
export async function syncNextPage({ db, sql, ...options }: SyncPageOptions): Promise<SyncPageResult> {
  const target = await loadSyncTarget(db, options);
  const run = await getRunInProgress({ db, ...options });
  if (!run) return { fetched: 0, inserted: 0, updated: 0, done: true, note: "completed by a concurrent run" };
  const position = run.position;
  const vendor = options.vendor ?? openVendorClient(await loadVendorCredentials(db, target), options.clientOptions);
  const fetchPage = (at: typeof position) => fetchSourcePage(vendor, target.resource, at);

  // A truncated or garbled body is worth another try before the page (step) fails.
  return withContractRetry(async () => {
    const page = await (options.prefetch?.take(position) ?? fetchPage(position));
    if (options.prefetch && !page.done && !samePosition(page.next, position)) {
      const next = page.next;
      options.prefetch.start(next, () => fetchPage(next));
    }
    return page.write({
      sql,
      organizationId: target.organizationId,
      connectionId: target.connectionId,
      resource: target.resource,
      marketplace: target.provider,
      syncRunId: options.syncRunId,
      position,
      lastFingerprint: run.fingerprint,
    });
  });
}
