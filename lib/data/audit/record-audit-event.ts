import type { Db, Tx } from "@/lib/db/client";
import { safeAuditDetails, type AuditAction, type AuditDetails } from "@/lib/audit/audit-actions";

export interface AuditEventInput {
  /** The organisation the event belongs to; null for platform-level events. */
  organizationId: string | null;
  actorUserId: string | null;
  action: AuditAction;
  target?: { type: string; id: string };
  details?: AuditDetails;
  ip?: string | null;
  now?: Date;
}

/** The row an event becomes, in both writers below: details pass through safeAuditDetails, so no secret is stored. */
function auditEventRow(event: AuditEventInput) {
  return {
    organizationId: event.organizationId,
    actorUserId: event.actorUserId,
    action: event.action,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    details: safeAuditDetails(event.details),
    ip: event.ip ?? null,
    ...(event.now ? { createdAt: event.now } : {}),
  };
}

/** The one way to write the audit log. Pass the action's transaction to record with its change. */
export async function recordAuditEvent(options: { db: Db | Tx } & AuditEventInput): Promise<void> {
  const { db, ...event } = options;
  await db.auditEvent.create({ data: auditEventRow(event) });
}

/** One event per organisation the user belongs to (a sign-in is news to each of them), or one platform-level row. */
export async function recordUserAuditEvent(options: { db: Db; userId: string } & Omit<AuditEventInput, "organizationId" | "actorUserId">) {
  const { db, userId, ...event } = options;
  const memberships = await db.membership.findMany({ where: { userId }, select: { organizationId: true }, take: 50 });
  const organizationIds = memberships.length > 0 ? memberships.map((m) => m.organizationId) : [null];
  await db.auditEvent.createMany({
    data: organizationIds.map((organizationId) => auditEventRow({ ...event, organizationId, actorUserId: userId })),
  });
}
