import { decryptCredentials } from "@/lib/crypto/credentials";
import { getKeyRing } from "@/lib/crypto/keyring";
import { getDatabase } from "@/lib/data/database";
import { recordHealthObservation, type HealthTransitionRecord } from "@/lib/data/health/record-health-observation";
import { findIntegration } from "@/lib/integrations/all";
import { isSyncProvider, SYNC_RESOURCES } from "@/lib/sync/resources";

/**
 * Runs the integration's live `check()` for one connection and feeds the result to the health
 * model. The check also refreshes the token expiry and granted scopes shown on the card.
 */
export async function runConnectionCheck(options: {
  organizationId: string;
  connectionId: string;
}): Promise<HealthTransitionRecord | null> {
  const db = await getDatabase();
  const row = await db.connection.findFirst({
    where: { id: options.connectionId, organizationId: options.organizationId },
    select: { id: true, provider: true, credentialsEncrypted: true, status: true },
  });
  if (!row || row.status === "disabled") return null;
  const integration = findIntegration(row.provider);
  if (!integration) return null;
  const credentials = decryptCredentials(getKeyRing(), row.credentialsEncrypted, row.id);
  const at = new Date();
  const result = await integration.check(credentials);
  return recordHealthObservation({
    ...options,
    syncedResources: isSyncProvider(row.provider) ? [...SYNC_RESOURCES] : [],
    observation: {
      source: "check",
      ok: result.ok,
      at,
      latencyMs: result.latencyMs,
      errorCode: result.error?.code ?? (result.ok ? undefined : "check_failed"),
      errorMessage: result.error?.message ?? (result.ok ? undefined : result.message?.en),
      missingScopes: result.missingScopes,
      tokenExpiresAt: result.expiresAt,
      scopes: result.scopes,
    },
  });
}
