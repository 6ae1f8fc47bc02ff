import { getDatabase } from "@/lib/data/database";
import { syncRunSelect, type SyncRunView } from "@/lib/data/sync/sync-run-view";

/** One run of the organisation, for a progress poll ("Sync now" shows it live). */
export async function getSyncRun(options: { organizationId: string; syncRunId: string }): Promise<SyncRunView | null> {
  const db = await getDatabase();
  return db.syncRun.findFirst({ where: { id: options.syncRunId, organizationId: options.organizationId }, select: syncRunSelect });
}
