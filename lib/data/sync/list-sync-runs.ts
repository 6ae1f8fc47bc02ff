import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SyncResource } from "@/lib/generated/prisma/enums";
import { syncRunSelect, type SyncRunView } from "@/lib/data/sync/sync-run-view";
import type { SyncStatusName } from "@/lib/validations/connections";

export interface SyncRunFilter {
  connectionId?: string;
  resource?: SyncResource;
  status?: SyncStatusName;
  /** Only runs queued at or after this instant ("Sync now" polls for the runs it started). */
  since?: Date;
  take?: number;
}

/**
 * The one sync-run query, newest first; running ones show live progress. `scope` is the
 * organisation for the app, or nothing for the platform admin's reader in lib/data/admin.
 */
export function querySyncRuns({
  db,
  scope,
  filter,
}: {
  db: Db;
  scope: Prisma.SyncRunWhereInput;
  filter: SyncRunFilter;
}): Promise<SyncRunView[]> {
  return db.syncRun.findMany({
    where: {
      ...scope,
      connectionId: filter.connectionId,
      resource: filter.resource,
      status: filter.status,
      ...(filter.since ? { queuedAt: { gte: filter.since } } : {}),
    },
    select: syncRunSelect,
    orderBy: { queuedAt: "desc" },
    take: filter.take ?? 50,
  });
}

/** The organisation's sync runs, with the filters of /syncs, the connection page and the progress poll. */
export async function listSyncRuns(options: SyncRunFilter & { db: Db; organizationId: string }): Promise<SyncRunView[]> {
  const { db, organizationId, ...filter } = options;
  return querySyncRuns({ db, scope: { organizationId }, filter: { ...filter, take: Math.min(filter.take ?? 50, 200) } });
}
