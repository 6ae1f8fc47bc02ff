import type { Db } from "@/lib/db/client";
import { getConnectionCredentials } from "@/lib/data/connections/get-connection-credentials";
import { getSyncTarget } from "@/lib/data/sync/get-sync-target";
import type { OzonCredentials } from "@/lib/integrations/ozon/credentials";
import type { WildberriesCredentials } from "@/lib/integrations/wildberries/client";
import { isSyncProvider, type SyncProvider, type SyncResourceName } from "@/lib/connections/sync-resources";
import type { VendorCredentials } from "@/lib/sync/sources";

/** What one sync acts on: a connection of an organisation and one of its resources. */
export interface SyncTarget {
  organizationId: string;
  connectionId: string;
  resource: SyncResourceName;
}

export interface LoadedTarget extends SyncTarget {
  provider: SyncProvider;
  accountKey: string;
  active: boolean;
}

export class SyncTargetError extends Error {
  override name = "SyncTargetError";
}

export async function loadSyncTarget(db: Db, target: SyncTarget): Promise<LoadedTarget> {
  const connection = await getSyncTarget({ db, organizationId: target.organizationId, connectionId: target.connectionId });
  if (!connection) throw new SyncTargetError("connection not found");
  if (!isSyncProvider(connection.provider)) throw new SyncTargetError(`provider "${connection.provider}" has nothing to sync`);
  return { ...target, provider: connection.provider, accountKey: connection.accountKey, active: connection.active };
}

/** Decrypted credentials, loaded per page so a step on another worker needs nothing but ids. */
export async function loadVendorCredentials(db: Db, target: LoadedTarget): Promise<VendorCredentials> {
  const ids = { db, organizationId: target.organizationId, connectionId: target.connectionId };
  return target.provider === "wildberries"
    ? { provider: "wildberries", credentials: await getConnectionCredentials<WildberriesCredentials>(ids) }
    : { provider: "ozon", credentials: await getConnectionCredentials<OzonCredentials>(ids) };
}
