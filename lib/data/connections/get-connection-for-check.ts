import "server-only";
import { decryptCredentials } from "@/lib/crypto/credentials";
import { getKeyRing } from "@/lib/crypto/keyring";
import type { Db } from "@/lib/db/client";

export interface ConnectionForCheck {
  id: string;
  provider: string;
  status: "active" | "disabled";
  credentials: Record<string, unknown>;
}

/** What a live check needs of one connection of the organisation: its provider, status and decrypted credentials; null when absent. */
export async function getConnectionForCheck(options: {
  db: Db;
  organizationId: string;
  connectionId: string;
}): Promise<ConnectionForCheck | null> {
  const row = await options.db.connection.findFirst({
    where: { id: options.connectionId, organizationId: options.organizationId },
    select: { id: true, provider: true, status: true, credentialsEncrypted: true },
  });
  if (!row) return null;
  return {
    id: row.id,
    provider: row.provider,
    status: row.status,
    credentials: decryptCredentials(getKeyRing(), row.credentialsEncrypted, row.id),
  };
}
