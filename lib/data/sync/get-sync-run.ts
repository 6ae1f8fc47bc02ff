import type { Db } from "@/lib/db/client";
import { syncRunSelect, type SyncRunView } from "@/lib/data/sync/sync-run-view";

/** One run of the organisation, for a progress poll ("Sync now" shows it live). */
export async function getSyncRun({
  db,
  organizationId,
  syncRunId,
}: {
  db: Db;
  organizationId: string;
  syncRunId: string;
}): Promise<SyncRunView | null> {
  return db.syncRun.findFirst({ where: { id: syncRunId, organizationId }, select: syncRunSelect });
}
