import "server-only";
import { ConnectionError } from "@/lib/connections/errors";
import { getConnectionForCheck, type ConnectionForCheck } from "@/lib/data/connections/get-connection-for-check";
import { recordHealthObservation } from "@/lib/health/record-health-observation";
import type { HealthTransitionRecord } from "@/lib/data/health/apply-health-observation";
import type { Db } from "@/lib/db/client";
import { findIntegration } from "@/lib/integrations/all";
import type { CheckResult } from "@/lib/integrations/types";
import { isSyncProvider, SYNC_RESOURCES } from "@/lib/connections/sync-resources";

export interface CheckConnectionOptions {
  db: Db;
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
 * The integration's live `check()` with the stored credentials, fed to the health model (it
 * refreshes token expiry and granted scopes too). The card's button and the health cron differ
 * only in which connections they check, so both run this.
 */
async function checkAndRecord(options: CheckConnectionOptions, connection: ConnectionForCheck): Promise<ConnectionCheckOutcome> {
  const integration = findIntegration(connection.provider);
  if (!integration) throw new ConnectionError("unknown_provider", `Unknown provider "${connection.provider}"`);
  const at = new Date();
  const check = await integration.check(connection.credentials);
  const transition = await recordHealthObservation({
    db: options.db,
    organizationId: options.organizationId,
    connectionId: connection.id,
    syncedResources: isSyncProvider(connection.provider) ? [...SYNC_RESOURCES] : [],
    observation: {
      source: "check",
      ok: check.ok,
      at,
      latencyMs: check.latencyMs,
      errorCode: check.error?.code ?? (check.ok ? undefined : "check_failed"),
      errorMessage: check.error?.message ?? (check.ok ? undefined : check.message && `check: ${check.message.key}`),
      missingScopes: check.missingScopes,
      tokenExpiresAt: check.expiresAt,
      scopes: check.scopes,
    },
  });
  return { provider: connection.provider, check, transition };
}

/**
 * "Check" on a connection card. Unlike the cron's check this also runs on a disabled
 * connection, so a person can see whether re-enabling would work; the health model keeps a
 * disabled connection disabled either way.
 */
export async function checkConnectionNow(options: CheckConnectionOptions): Promise<ConnectionCheckOutcome> {
  const connection = await getConnectionForCheck(options);
  if (!connection) throw new ConnectionError("not_found", "Connection not found");
  return checkAndRecord(options, connection);
}

/**
 * The health cron's check: a connection deleted or disabled since it was scheduled, or of a
 * provider no longer registered, is skipped (null) instead of failing the job.
 */
export async function runConnectionCheck(options: CheckConnectionOptions): Promise<HealthTransitionRecord | null> {
  const connection = await getConnectionForCheck(options);
  if (!connection || connection.status === "disabled" || !findIntegration(connection.provider)) return null;
  return (await checkAndRecord(options, connection)).transition;
}
