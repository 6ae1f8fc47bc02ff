import { getDatabase } from "@/lib/data/database";
import { syncRunSelect, type SyncRunView } from "@/lib/data/sync/sync-run-view";
import type { SyncResourceName } from "@/lib/sync/resources";
import type { SyncStatusName } from "@/lib/validations/connections";

export interface ListRecentSyncRunsOptions {
  organizationId: string;
  connectionId?: string;
  resource?: SyncResourceName;
  status?: SyncStatusName;
  /** Only runs queued at or after this instant ("Sync now" polls for the runs it started). */
  since?: Date;
  take?: number;
}

/** The organisation's sync runs, newest first, with the filters of /syncs and the progress poll. */
export async function listRecentSyncRuns(options: ListRecentSyncRunsOptions): Promise<SyncRunView[]> {
  const db = await getDatabase();
  return db.syncRun.findMany({
    where: {
      organizationId: options.organizationId,
      connectionId: options.connectionId,
      resource: options.resource,
      status: options.status,
      ...(options.since ? { queuedAt: { gte: options.since } } : {}),
    },
    select: syncRunSelect,
    orderBy: { queuedAt: "desc" },
    take: Math.min(options.take ?? 50, 200),
  });
}
