import type { Db } from "@/lib/db/client";
import type { HealthState } from "@/lib/generated/prisma/enums";

/** One check or sync outcome as stored: the HealthCheck row and the connection's last-seen fields. */
export interface StoredHealthObservation {
  source: "check" | "sync";
  ok: boolean;
  at: Date;
  latencyMs?: number;
  errorCode?: string;
  /** Safe, human-readable message for the admin page (never contains a credential). */
  errorMessage?: string;
  /** From a live check: the token's expiry and granted scopes, stored on the connection. */
  tokenExpiresAt?: Date;
  scopes?: string[];
}

/** What the health model is given: the connection as it stands and the recent record. */
export interface HealthStandingRow {
  status: "active" | "disabled";
  health: HealthState;
  consecutiveFailures: number;
  tokenExpiresAt: Date | null;
  createdAt: Date;
  /** Failed share of the last hour of checks and syncs, this observation included. */
  recentErrorRate: number;
  /** Each resource's last complete sync. */
  lastSuccess: Record<string, Date | null>;
}

export interface HealthVerdictRow {
  state: HealthState;
  reason: string;
  consecutiveFailures: number;
  disableNow: boolean;
}

export interface HealthTransitionRecord {
  id: string;
  connectionId: string;
  organizationId: string;
  fromState: HealthState;
  toState: HealthState;
  reason: string;
}

/** Error rate is judged over the last hour of checks and syncs. */
const ERROR_WINDOW_MS = 60 * 60_000;

/**
 * Records one observation (HealthCheck row), asks `judge` (the health model, lib/health) for the
 * connection's next state, stores it and, when the state changes, a HealthTransition, all in one
 * transaction. Returns the transition so the caller can emit `connection.health.changed`.
 */
export async function applyHealthObservation(options: {
  db: Db;
  organizationId: string;
  connectionId: string;
  observation: StoredHealthObservation;
  judge: (standing: HealthStandingRow) => HealthVerdictRow;
}): Promise<HealthTransitionRecord | null> {
  const { db, organizationId, observation: o } = options;
  return db.$transaction(async (tx) => {
    // Row lock: a check and a sync finishing together must not both compute from the old state.
    await tx.$queryRawUnsafe(
      `SELECT 1 FROM "Connection" WHERE id = $1 AND "organizationId" = $2 FOR UPDATE`,
      options.connectionId,
      organizationId,
    );
    const connection = await tx.connection.findFirst({
      where: { id: options.connectionId, organizationId },
      select: { id: true, status: true, health: true, consecutiveFailures: true, tokenExpiresAt: true, createdAt: true },
    });
    if (!connection) return null;

    await tx.healthCheck.create({
      data: {
        connectionId: connection.id,
        organizationId,
        source: o.source,
        ok: o.ok,
        latencyMs: o.latencyMs,
        errorCode: o.errorCode,
        errorMessage: o.errorMessage?.slice(0, 500),
        checkedAt: o.at,
      },
    });
    const recent = await tx.healthCheck.groupBy({
      by: ["ok"],
      where: { connectionId: connection.id, checkedAt: { gte: new Date(o.at.getTime() - ERROR_WINDOW_MS) } },
      _count: { _all: true },
    });
    const total = recent.reduce((sum, r) => sum + r._count._all, 0);
    const failures = recent.find((r) => !r.ok)?._count._all ?? 0;
    const cursors = await tx.syncCursor.findMany({
      where: { connectionId: connection.id },
      select: { resource: true, lastSuccessAt: true },
    });

    const verdict = options.judge({
      ...connection,
      tokenExpiresAt: o.tokenExpiresAt ?? connection.tokenExpiresAt,
      recentErrorRate: total > 0 ? failures / total : 0,
      lastSuccess: Object.fromEntries(cursors.map((c) => [c.resource, c.lastSuccessAt])),
    });
    const changed = verdict.state !== connection.health;
    await tx.connection.update({
      where: { id: connection.id },
      data: {
        health: verdict.state,
        healthReason: verdict.reason,
        ...(changed ? { healthChangedAt: o.at } : {}),
        consecutiveFailures: verdict.consecutiveFailures,
        lastCheckedAt: o.source === "check" ? o.at : undefined,
        ...(o.ok
          ? { lastSuccessAt: o.at }
          : { lastErrorAt: o.at, lastErrorCode: o.errorCode ?? "error", lastErrorMessage: o.errorMessage?.slice(0, 500) ?? null }),
        ...(o.tokenExpiresAt ? { tokenExpiresAt: o.tokenExpiresAt } : {}),
        ...(o.scopes ? { scopes: o.scopes } : {}),
        ...(verdict.disableNow ? { status: "disabled", disabledReason: verdict.reason } : {}),
      },
    });
    if (!changed) return null;
    const transition = await tx.healthTransition.create({
      data: {
        connectionId: connection.id,
        organizationId,
        fromState: connection.health,
        toState: verdict.state,
        reason: verdict.reason,
        createdAt: o.at,
      },
    });
    return {
      id: String(transition.id),
      connectionId: connection.id,
      organizationId,
      fromState: connection.health,
      toState: verdict.state,
      reason: verdict.reason,
    };
  });
}
