import type { Db } from "@/lib/db/client";
import { querySyncRuns, type SyncRunFilter } from "@/lib/data/sync/list-sync-runs";
import type { SyncRunView } from "@/lib/data/sync/sync-run-view";

/**
 * Platform-admin tools only (the CLI's `runs`): recent sync runs of every organisation, or of
 * one when `organizationId` is given. Uncapped `take`: an operator asks for what they need.
 */
export async function listSyncRunsAcrossOrganizations(
  options: SyncRunFilter & { db: Db; organizationId?: string },
): Promise<SyncRunView[]> {
  const { db, organizationId, ...filter } = options;
  return querySyncRuns({ db, scope: organizationId ? { organizationId } : {}, filter });
}
