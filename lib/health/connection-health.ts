import type { IntegrationErrorCode } from "@/lib/integrations/core/errors";

/**
 * The connection health model as pure functions: given where a connection stands and what was
 * just observed (a live check or a sync outcome), decide its next state. Priority, highest first:
 *   disabled        – switched off by a person, or automatically after N consecutive failures;
 *   auth_failed     – the vendor rejected the credentials, or the token lacks a needed category
 *                     (kept through later failures of other kinds, until a call succeeds);
 *   degraded        – the latest call failed for another reason, or calls are slow / often fail;
 *   token_expiring  – works, but the token expires within 14 days;
 *   stale           – works, but some resource missed its freshness target;
 *   healthy.
 */
export type HealthState = "unknown" | "healthy" | "degraded" | "auth_failed" | "token_expiring" | "stale" | "disabled";

export const HEALTH_POLICY = {
  /** Consecutive failed checks/syncs after which a connection is disabled automatically. */
  disableAfterFailures: 5,
  tokenExpiryWarningMs: 14 * 86_400_000,
  /** A successful call slower than this still counts as degraded. */
  slowLatencyMs: 10_000,
  /** Share of failed calls in the recent window above which the connection is degraded. */
  degradedErrorRate: 0.3,
} as const;

export interface HealthObservation {
  source: "check" | "sync";
  ok: boolean;
  latencyMs?: number;
  errorCode?: IntegrationErrorCode | string;
  /** Token categories / API permissions the product needs but the credentials lack. */
  missingScopes?: string[];
  at: Date;
}

export interface HealthStanding {
  state: HealthState;
  consecutiveFailures: number;
  /** "disabled" by a person (or earlier automatically) — stays disabled until re-enabled. */
  disabled: boolean;
  tokenExpiresAt: Date | null;
  /** Resources whose last success is older than their freshness target. */
  staleResources: string[];
  /** Failed share of the recent checks and syncs (0..1), including this observation. */
  recentErrorRate: number;
}

export interface HealthVerdict {
  state: HealthState;
  reason: string;
  consecutiveFailures: number;
  /** True when this observation is what disables the connection. */
  disableNow: boolean;
}

const AUTH_CODES = new Set(["auth_failed", "forbidden_scope"]);

export function isCredentialFailure(observation: Pick<HealthObservation, "ok" | "errorCode" | "missingScopes">): boolean {
  return (!observation.ok && AUTH_CODES.has(String(observation.errorCode))) || (observation.missingScopes?.length ?? 0) > 0;
}

export function evaluateHealth(standing: HealthStanding, observation: HealthObservation, policy = HEALTH_POLICY): HealthVerdict {
  if (standing.disabled)
    return { state: "disabled", reason: "disabled", consecutiveFailures: standing.consecutiveFailures, disableNow: false };

  const failed = !observation.ok || isCredentialFailure(observation);
  const consecutiveFailures = failed ? standing.consecutiveFailures + 1 : 0;
  if (failed && consecutiveFailures >= policy.disableAfterFailures) {
    return {
      state: "disabled",
      reason: `disabled after ${consecutiveFailures} consecutive failures (last: ${observation.errorCode ?? "failed"})`,
      consecutiveFailures,
      disableNow: true,
    };
  }
  if (isCredentialFailure(observation)) {
    const reason = observation.missingScopes?.length
      ? `missing token categories: ${observation.missingScopes.join(", ")}`
      : `credentials rejected (${observation.errorCode})`;
    return { state: "auth_failed", reason, consecutiveFailures, disableNow: false };
  }
  // A rejected key stays rejected until a call succeeds: a 5xx, a timeout or an open circuit
  // says nothing about the key, and "degraded" would hide what the seller has to fix.
  if (failed && standing.state === "auth_failed")
    return {
      state: "auth_failed",
      reason: `credentials rejected earlier; latest ${observation.source} failed (${observation.errorCode ?? "error"})`,
      consecutiveFailures,
      disableNow: false,
    };
  if (failed)
    return {
      state: "degraded",
      reason: `${observation.source} failed (${observation.errorCode ?? "error"})`,
      consecutiveFailures,
      disableNow: false,
    };

  if (observation.latencyMs !== undefined && observation.latencyMs > policy.slowLatencyMs) {
    return { state: "degraded", reason: `slow responses (${observation.latencyMs} ms)`, consecutiveFailures, disableNow: false };
  }
  if (standing.recentErrorRate > policy.degradedErrorRate) {
    return {
      state: "degraded",
      reason: `${Math.round(standing.recentErrorRate * 100)}% of recent calls failed`,
      consecutiveFailures,
      disableNow: false,
    };
  }
  if (standing.tokenExpiresAt && standing.tokenExpiresAt.getTime() - observation.at.getTime() < policy.tokenExpiryWarningMs) {
    const days = Math.max(0, Math.floor((standing.tokenExpiresAt.getTime() - observation.at.getTime()) / 86_400_000));
    return { state: "token_expiring", reason: `token expires in ${days} days`, consecutiveFailures, disableNow: false };
  }
  if (standing.staleResources.length > 0) {
    return { state: "stale", reason: `stale data: ${standing.staleResources.join(", ")}`, consecutiveFailures, disableNow: false };
  }
  return { state: "healthy", reason: "ok", consecutiveFailures, disableNow: false };
}

/** Resources whose last success is older than their freshness target; a never-synced resource counts once the connection is older than the target. */
export function findStaleResources(
  lastSuccess: Partial<Record<string, Date | null>>,
  freshnessMs: Record<string, number>,
  connectionCreatedAt: Date,
  now: Date,
): string[] {
  return Object.entries(freshnessMs)
    .filter(([resource, maxAge]) => {
      const since = lastSuccess[resource] ?? connectionCreatedAt;
      return now.getTime() - since.getTime() > maxAge;
    })
    .map(([resource]) => resource);
}
