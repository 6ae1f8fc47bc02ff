import type { CheckResult } from "@/lib/integrations/types";
import {
  applyHealthObservation,
  type HealthTransitionRecord,
  type StoredHealthObservation,
} from "@/lib/data/health/apply-health-observation";
import type { Db } from "@/lib/db/client";
import { evaluateHealth, findStaleResources, type HealthObservation } from "@/lib/health/connection-health";
import { isSyncProvider, RESOURCE_SCHEDULES, SYNC_RESOURCES } from "@/lib/connections/sync-resources";

export interface RecordHealthObservationOptions {
  db: Db;
  organizationId: string;
  connectionId: string;
  observation: HealthObservation & StoredHealthObservation;
  /** Resources this connection syncs; others are not judged for freshness. */
  syncedResources?: string[];
}

/**
 * Feeds one check or sync outcome to the health model and stores the verdict (lib/data does the
 * locking and the writes). Returns the transition, if the state changed, for the caller to alert.
 */
export async function recordHealthObservation(options: RecordHealthObservationOptions): Promise<HealthTransitionRecord | null> {
  const { observation } = options;
  const resources = options.syncedResources ?? Object.keys(RESOURCE_SCHEDULES);
  const freshness = Object.fromEntries(
    resources.map((r) => [r, RESOURCE_SCHEDULES[r as keyof typeof RESOURCE_SCHEDULES]?.freshnessMs ?? Infinity]),
  );
  return applyHealthObservation({
    db: options.db,
    organizationId: options.organizationId,
    connectionId: options.connectionId,
    observation,
    judge: (standing) =>
      evaluateHealth(
        {
          state: standing.health,
          consecutiveFailures: standing.consecutiveFailures,
          disabled: standing.status === "disabled",
          tokenExpiresAt: standing.tokenExpiresAt,
          staleResources: findStaleResources(standing.lastSuccess, freshness, standing.createdAt, observation.at),
          recentErrorRate: standing.recentErrorRate,
        },
        observation,
      ),
  });
}

/** Records a live check that passed (a connection just created or its keys just replaced). */
export function recordPassedCheck(options: {
  db: Db;
  organizationId: string;
  connectionId: string;
  provider: string;
  check: Pick<CheckResult, "latencyMs" | "expiresAt" | "scopes">;
}): Promise<HealthTransitionRecord | null> {
  const { check } = options;
  return recordHealthObservation({
    db: options.db,
    organizationId: options.organizationId,
    connectionId: options.connectionId,
    syncedResources: isSyncProvider(options.provider) ? [...SYNC_RESOURCES] : [],
    observation: {
      source: "check",
      ok: true,
      at: new Date(),
      latencyMs: check.latencyMs,
      tokenExpiresAt: check.expiresAt,
      scopes: check.scopes,
    },
  });
}
