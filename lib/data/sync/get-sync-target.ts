import type { Db } from "@/lib/db/client";
import type { Marketplace, SyncResource } from "@/lib/generated/prisma/client";

/** What one sync acts on: a connection of an organisation and one of its resources. */
export interface SyncTarget {
  organizationId: string;
  connectionId: string;
  resource: SyncResource;
}

export interface SyncTargetRow {
  /** The connection's provider as stored; the sync checks that it is a marketplace it syncs. */
  provider: string;
  accountKey: string;
  active: boolean;
}

/** The connection a sync runs for, in the caller's organisation; null when there is none. */
export async function getSyncTarget({
  db,
  organizationId,
  connectionId,
}: { db: Db } & Omit<SyncTarget, "resource">): Promise<SyncTargetRow | null> {
  const connection = await db.connection.findFirst({
    where: { id: connectionId, organizationId },
    select: { provider: true, accountKey: true, status: true },
  });
  return connection && { provider: connection.provider, accountKey: connection.accountKey, active: connection.status === "active" };
}

export type { Marketplace, SyncResource };
