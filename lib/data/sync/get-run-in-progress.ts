import type { Db } from "@/lib/db/client";
import { readCursorState, type RunInProgress } from "@/lib/data/sync/cursor-state";
import type { SyncTarget } from "@/lib/data/sync/get-sync-target";

/** The run in progress on a resource's cursor (its position and last page), or undefined when none is. */
export async function getRunInProgress({
  db,
  organizationId,
  connectionId,
  resource,
}: { db: Db } & SyncTarget): Promise<RunInProgress | undefined> {
  const cursor = await db.syncCursor.findFirst({ where: { connectionId, resource, organizationId }, select: { cursor: true } });
  return readCursorState(cursor?.cursor).run;
}
