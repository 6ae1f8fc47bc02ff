import "server-only";
import { encryptCredentials } from "@/lib/crypto/credentials";
import { getKeyRing } from "@/lib/crypto/keyring";
import { deriveAccountKey } from "@/lib/connections/account-key";
import { connectionViewSelect, type ConnectionView } from "@/lib/data/connections/connection-view";
import { ConnectionError } from "@/lib/connections/errors";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { getIntegration } from "@/lib/integrations/all";
import type { CheckResult } from "@/lib/integrations/types";
import { assertMayManageConnection } from "@/lib/connections/manage-role";
import type { Role } from "@/lib/generated/prisma/enums";

export interface UpdateConnectionCredentialsOptions {
  db: Db;
  organizationId: string;
  connectionId: string;
  /** Already validated with the provider's credentials schema and checked live by the caller. */
  credentials: Record<string, unknown>;
  check: CheckResult;
  /** The caller's role: a payment provider's credentials are the owner's alone. */
  actorRole?: Role;
}

/**
 * Replaces a connection's credentials (a new WB token, a rotated Ozon key). For a provider whose
 * data is synced, the new ones must belong to the same shop: a token of another seller would
 * silently mix two shops' data under one connection, so it is refused. Failures and token problems are cleared, because they were
 * about the old credentials; the health model re-judges with the caller's fresh check.
 */
export async function updateConnectionCredentials(options: UpdateConnectionCredentialsOptions): Promise<ConnectionView> {
  const { db } = options;
  const row = await db.connection.findFirst({
    where: { id: options.connectionId, organizationId: options.organizationId },
    select: { id: true, provider: true, accountKey: true },
  });
  if (!row) throw new ConnectionError("not_found", "Connection not found");
  assertMayManageConnection({ provider: row.provider, actorRole: options.actorRole });
  const integration = getIntegration(row.provider);
  const accountKey = deriveAccountKey(row.provider, options.credentials);
  const syncsData = integration.capabilities.some((c) => c.startsWith("sync:"));
  if (syncsData && accountKey !== row.accountKey)
    throw new ConnectionError("invalid_credentials", "The credentials belong to another account");
  try {
    return await db.connection.update({
      where: { id: row.id },
      data: {
        credentialsEncrypted: encryptCredentials(getKeyRing(), options.credentials, row.id),
        credentialsHint: integration.maskCredentials(options.credentials),
        accountKey,
        tokenExpiresAt: options.check.expiresAt ?? null,
        scopes: options.check.scopes ?? [],
        consecutiveFailures: 0,
        lastErrorCode: null,
        lastErrorMessage: null,
      },
      select: connectionViewSelect,
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ConnectionError("already_connected", "Another connection uses these credentials");
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw new ConnectionError("not_found", "Connection not found");
    throw error;
  }
}
