import type { Db } from "@/lib/db/client";
import type { SyncResource } from "@/lib/generated/prisma/client";

export interface DueSync {
  organizationId: string;
  connectionId: string;
  resource: SyncResource;
}

export interface ListDueSyncsOptions {
  db: Db;
  now: Date;
  /** The marketplaces the sync engine syncs (other connections have nothing to sync). */
  providers: readonly string[];
  /** How often each resource is due, from the sync engine's schedule. */
  everyMs: Record<SyncResource, number>;
}

/**
 * Platform-wide, for the scheduler: (connection, resource) pairs whose last run was queued
 * longer ago than the resource's schedule. Connections that are disabled or whose token failed
 * are skipped until a check or a manual sync shows they work again.
 */
export async function listDueSyncsAcrossOrganizations({ db, now, providers, everyMs }: ListDueSyncsOptions): Promise<DueSync[]> {
  const rows = await db.$queryRawUnsafe<
    Array<{ organizationId: string; connectionId: string; resource: SyncResource; lastQueuedAt: Date | null }>
  >(
    `SELECT c."organizationId", c.id AS "connectionId", r.resource::text AS resource, max(s."queuedAt") AS "lastQueuedAt"
     FROM "Connection" c
     CROSS JOIN unnest(enum_range(NULL::"SyncResource")) AS r(resource)
     LEFT JOIN "SyncRun" s ON s."connectionId" = c.id AND s.resource = r.resource
     WHERE c.status = 'active' AND c.health NOT IN ('auth_failed', 'disabled') AND c.provider = ANY($1::text[])
     GROUP BY c."organizationId", c.id, r.resource`,
    [...providers],
  );
  return rows
    .filter((row) => !row.lastQueuedAt || now.getTime() - row.lastQueuedAt.getTime() >= everyMs[row.resource])
    .map(({ organizationId, connectionId, resource }) => ({ organizationId, connectionId, resource }));
}
