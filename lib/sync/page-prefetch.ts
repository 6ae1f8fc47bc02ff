import { positionKey, type SyncPosition } from "@/lib/data/sync/cursor-state";

/**
 * The next page, fetched while the current one is written, so the vendor's time to answer
 * overlaps our parsing and PostgreSQL's writing. Only a foreground run (CLI, seed, benchmark)
 * uses it: an Inngest step syncs one page and ends. A prefetched page is keyed by its position
 * and used only if the stored cursor really reached it (a concurrent run or a retried page may
 * have moved elsewhere); otherwise it is dropped, and its failure, if any, goes unseen because
 * the page is fetched again in the ordinary way.
 */
export class PagePrefetch<Page> {
  private pending: { key: string; page: Promise<Page> } | undefined;

  start(position: SyncPosition, fetch: () => Promise<Page>): void {
    const page = fetch();
    page.catch(() => undefined);
    this.pending = { key: positionKey(position), page };
  }

  /** The page prefetched for `position`, if any; whatever else was pending is dropped. */
  take(position: SyncPosition): Promise<Page> | undefined {
    const pending = this.pending;
    this.pending = undefined;
    return pending && pending.key === positionKey(position) ? pending.page : undefined;
  }
}
