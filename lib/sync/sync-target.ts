import { decryptCredentials } from "@/lib/crypto/credentials";
import { getKeyRing } from "@/lib/crypto/keyring";
import { getDatabase } from "@/lib/data/database";
import { isSyncProvider, type SyncProvider, type SyncResourceName } from "@/lib/sync/resources";

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

export async function loadSyncTarget(target: SyncTarget): Promise<LoadedTarget> {
  const db = await getDatabase();
  const connection = await db.connection.findFirst({
    where: { id: target.connectionId, organizationId: target.organizationId },
    select: { provider: true, accountKey: true, status: true },
  });
  if (!connection) throw new SyncTargetError("connection not found");
  if (!isSyncProvider(connection.provider)) throw new SyncTargetError(`provider "${connection.provider}" has nothing to sync`);
  return { ...target, provider: connection.provider, accountKey: connection.accountKey, active: connection.status === "active" };
}

/** Decrypted credentials, loaded per page so a step on another worker needs nothing but ids. */
export async function loadSyncCredentials(target: SyncTarget): Promise<Record<string, unknown>> {
  const db = await getDatabase();
  const row = await db.connection.findFirstOrThrow({
    where: { id: target.connectionId, organizationId: target.organizationId },
    select: { id: true, credentialsEncrypted: true },
  });
  return decryptCredentials(getKeyRing(), row.credentialsEncrypted, row.id);
}
