import { getDatabase } from "@/lib/data/database";
import { syncRunSelect, type SyncRunView } from "@/lib/data/sync/sync-run-view";
import type { SyncResourceName } from "@/lib/sync/resources";

export interface ListSyncRunsOptions {
  /** Omit only in platform-admin tools (the CLI); the UI always scopes to the caller's organisation. */
  organizationId?: string;
  connectionId?: string;
  resource?: SyncResourceName;
  take?: number;
}

/** Recent sync runs, newest first; running ones show live progress. */
export async function listSyncRuns(options: ListSyncRunsOptions): Promise<SyncRunView[]> {
  const db = await getDatabase();
  return db.syncRun.findMany({
    where: { organizationId: options.organizationId, connectionId: options.connectionId, resource: options.resource },
    select: syncRunSelect,
    orderBy: { queuedAt: "desc" },
    take: options.take ?? 50,
  });
}
