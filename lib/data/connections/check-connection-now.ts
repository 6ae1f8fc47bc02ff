import "server-only";
import { decryptCredentials } from "@/lib/crypto/credentials";
import { getKeyRing } from "@/lib/crypto/keyring";
import { ConnectionError } from "@/lib/data/connections/errors";
import { getDatabase } from "@/lib/data/database";
import { recordHealthObservation, type HealthTransitionRecord } from "@/lib/data/health/record-health-observation";
import { getIntegration } from "@/lib/integrations/all";
import type { CheckResult } from "@/lib/integrations/types";
import { isSyncProvider, SYNC_RESOURCES } from "@/lib/sync/resources";

export interface CheckConnectionNowOptions {
  organizationId: string;
  connectionId: string;
}

export interface ConnectionCheckOutcome {
  provider: string;
  check: CheckResult;
  /** Set when the check moved the connection to another health state (the caller alerts). */
  transition: HealthTransitionRecord | null;
}

/**
 * "Check" on a connection card: the integration's live check with the stored credentials, fed
 * to the health model (it refreshes token expiry and scopes too). Unlike the cron's check this
 * also runs on a disabled connection, so a person can see whether re-enabling would work; the
 * health model keeps a disabled connection disabled either way.
 */
export async function checkConnectionNow(options: CheckConnectionNowOptions): Promise<ConnectionCheckOutcome> {
  const db = await getDatabase();
  const row = await db.connection.findFirst({
    where: { id: options.connectionId, organizationId: options.organizationId },
    select: { id: true, provider: true, credentialsEncrypted: true },
  });
  if (!row) throw new ConnectionError("not_found", "Connection not found");
  const integration = getIntegration(row.provider);
  const credentials = decryptCredentials(getKeyRing(), row.credentialsEncrypted, row.id);
  const at = new Date();
  const check = await integration.check(credentials);
  const transition = await recordHealthObservation({
    ...options,
    syncedResources: isSyncProvider(row.provider) ? [...SYNC_RESOURCES] : [],
    observation: {
      source: "check",
      ok: check.ok,
      at,
      latencyMs: check.latencyMs,
      errorCode: check.error?.code ?? (check.ok ? undefined : "check_failed"),
      errorMessage: check.error?.message ?? (check.ok ? undefined : check.message?.en),
      missingScopes: check.missingScopes,
      tokenExpiresAt: check.expiresAt,
      scopes: check.scopes,
    },
  });
  return { provider: row.provider, check, transition };
}
