import { getDatabase } from "@/lib/data/database";
import { RESOURCE_SCHEDULES, SYNC_PROVIDERS, type SyncResourceName } from "@/lib/sync/resources";

export interface DueSync {
  organizationId: string;
  connectionId: string;
  resource: SyncResourceName;
}

/**
 * Platform-wide, for the scheduler: (connection, resource) pairs whose last run was queued
 * longer ago than the resource's schedule. Connections that are disabled or whose token failed
 * are skipped until a check or a manual sync shows they work again.
 */
export async function listDueSyncs(options: { now: Date }): Promise<DueSync[]> {
  const db = await getDatabase();
  const rows = await db.$queryRawUnsafe<
    Array<{ organizationId: string; connectionId: string; resource: SyncResourceName; lastQueuedAt: Date | null }>
  >(
    `SELECT c."organizationId", c.id AS "connectionId", r.resource::text AS resource, max(s."queuedAt") AS "lastQueuedAt"
     FROM "Connection" c
     CROSS JOIN unnest(enum_range(NULL::"SyncResource")) AS r(resource)
     LEFT JOIN "SyncRun" s ON s."connectionId" = c.id AND s.resource = r.resource
     WHERE c.status = 'active' AND c.health NOT IN ('auth_failed', 'disabled') AND c.provider = ANY($1::text[])
     GROUP BY c."organizationId", c.id, r.resource`,
    [...SYNC_PROVIDERS],
  );
  const now = options.now.getTime();
  return rows
    .filter((row) => !row.lastQueuedAt || now - row.lastQueuedAt.getTime() >= RESOURCE_SCHEDULES[row.resource].everyMs)
    .map(({ organizationId, connectionId, resource }) => ({ organizationId, connectionId, resource }));
}
