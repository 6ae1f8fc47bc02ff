import type { Db } from "@/lib/db/client";

export interface SyncFreshness {
  resource: string;
  lastSuccessAt: Date | null;
  /** A run stopped part-way and will resume from its saved position. */
  resumable: boolean;
}

/** When each resource of a connection last synced completely: the "data as of" line in the UI. */
export async function listSyncFreshness({
  db,
  organizationId,
  connectionId,
}: {
  db: Db;
  organizationId: string;
  connectionId: string;
}): Promise<SyncFreshness[]> {
  const rows = await db.syncCursor.findMany({
    where: { connectionId, organizationId },
    select: { resource: true, lastSuccessAt: true, cursor: true },
  });
  return rows.map((r) => ({
    resource: r.resource,
    lastSuccessAt: r.lastSuccessAt,
    resumable: typeof r.cursor === "object" && r.cursor !== null && "run" in r.cursor && Boolean((r.cursor as { run?: unknown }).run),
  }));
}
