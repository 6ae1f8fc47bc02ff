import type { Db } from "@/lib/db/client";

export interface SyncableConnection {
  id: string;
  organizationId: string;
  provider: string;
  health: string;
  createdAt: Date;
}

export interface ListSyncableConnectionsOptions {
  db: Db;
  providers: string[];
  /** Include connections whose token was rejected (health checks want them; scheduled syncs do not). */
  includeAuthFailed?: boolean;
  /** Keyset paging over all organisations: the last id of the previous page. */
  afterId?: string;
  take?: number;
}

/**
 * Platform-wide, for background jobs only (cron fan-outs): active connections across every
 * organisation, in id order. A connection whose token failed is left out of scheduled syncs
 * until a check or a manual sync proves it works again, so a revoked token is not hammered.
 */
export async function listSyncableConnectionsAcrossOrganizations(options: ListSyncableConnectionsOptions): Promise<SyncableConnection[]> {
  const { db } = options;
  return db.connection.findMany({
    where: {
      provider: { in: options.providers },
      status: "active",
      ...(options.includeAuthFailed ? {} : { health: { notIn: ["auth_failed", "disabled"] } }),
      ...(options.afterId ? { id: { gt: options.afterId } } : {}),
    },
    select: { id: true, organizationId: true, provider: true, health: true, createdAt: true },
    orderBy: { id: "asc" },
    take: options.take ?? 500,
  });
}
