import type { Db } from "@/lib/db/client";
import type { HealthState } from "@/lib/generated/prisma/enums";

/** A claimed transition with everything an alert about it says (lib/health delivers it as a HealthAlert). */
export interface ClaimedTransition {
  transitionId: string;
  connectionId: string;
  organizationId: string;
  provider: string;
  connectionName: string;
  fromState: HealthState;
  toState: HealthState;
  reason: string | null;
  at: Date;
}

/**
 * Claims a transition for alerting: returns the alert to deliver, or null when it was already
 * alerted (a duplicate event) so each state change alerts once.
 */
export async function claimTransitionAlert(options: {
  db: Db;
  organizationId: string;
  transitionId: string;
}): Promise<ClaimedTransition | null> {
  const { db } = options;
  const id = BigInt(options.transitionId);
  const claimed = await db.healthTransition.updateMany({
    where: { id, organizationId: options.organizationId, alertedAt: null },
    data: { alertedAt: new Date() },
  });
  if (claimed.count === 0) return null;
  const row = await db.healthTransition.findFirstOrThrow({
    where: { id, organizationId: options.organizationId },
    include: { connection: { select: { provider: true, name: true } } },
  });
  return {
    transitionId: options.transitionId,
    connectionId: row.connectionId,
    organizationId: row.organizationId,
    provider: row.connection.provider,
    connectionName: row.connection.name,
    fromState: row.fromState,
    toState: row.toState,
    reason: row.reason,
    at: row.createdAt,
  };
}

/** Gives a claim back when delivery failed, so the health cron retries it. */
export async function releaseTransitionAlert(options: { db: Db; organizationId: string; transitionId: string }): Promise<void> {
  const { db } = options;
  await db.healthTransition.updateMany({
    where: { id: BigInt(options.transitionId), organizationId: options.organizationId },
    data: { alertedAt: null },
  });
}
