import "server-only";
import { ConnectionError } from "@/lib/connections/errors";
import type { Db } from "@/lib/db/client";
import { decryptCredentials } from "@/lib/crypto/credentials";
import { getKeyRing } from "@/lib/crypto/keyring";

export interface GetConnectionCredentialsOptions {
  db: Db;
  organizationId: string;
  connectionId: string;
}

/**
 * The decrypted credentials of one connection, for server code that calls the vendor. The
 * connection id is the AAD, so an envelope copied onto another row fails here. Never return
 * this to a client component or log it.
 */
export async function getConnectionCredentials<T = Record<string, unknown>>(options: GetConnectionCredentialsOptions): Promise<T> {
  const { db } = options;
  const row = await db.connection.findFirst({
    where: { id: options.connectionId, organizationId: options.organizationId },
    select: { id: true, credentialsEncrypted: true },
  });
  if (!row) throw new ConnectionError("not_found", "Connection not found");
  return decryptCredentials<T>(getKeyRing(), row.credentialsEncrypted, row.id);
}
