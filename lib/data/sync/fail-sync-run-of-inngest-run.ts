import { getDatabase } from "@/lib/data/database";
import { failSyncRun, type FinishedSyncRun } from "@/lib/sync/finish-sync-run";
import type { SyncResourceName } from "@/lib/sync/resources";

/**
 * Fails the SyncRun an Inngest run was working on, once Inngest gave up on it (retries
 * exhausted). A continuation names its SyncRun; a first run is found by its Inngest run id.
 */
export async function failSyncRunOfInngestRun(options: {
  organizationId: string;
  connectionId: string;
  resource: SyncResourceName;
  inngestRunId: string;
  syncRunId?: string;
  error: unknown;
}): Promise<FinishedSyncRun | null> {
  const db = await getDatabase();
  const run = await db.syncRun.findFirst({
    where: options.syncRunId
      ? { id: options.syncRunId, organizationId: options.organizationId }
      : { inngestRunId: options.inngestRunId, organizationId: options.organizationId, status: "running" },
    select: { id: true },
  });
  if (!run) return null;
  return failSyncRun({
    organizationId: options.organizationId,
    connectionId: options.connectionId,
    resource: options.resource,
    syncRunId: run.id,
    error: options.error,
  });
}
