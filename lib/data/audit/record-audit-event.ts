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

/** The one way to write the audit log. Pass the action's transaction to record with its change. */
export async function recordAuditEvent(options: { db: Db | Tx } & AuditEventInput): Promise<void> {
  await options.db.auditEvent.create({
    data: {
      organizationId: options.organizationId,
      actorUserId: options.actorUserId,
      action: options.action,
      targetType: options.target?.type ?? null,
      targetId: options.target?.id ?? null,
      details: safeAuditDetails(options.details),
      ip: options.ip ?? null,
      ...(options.now ? { createdAt: options.now } : {}),
    },
  });
}

/** One event per organisation the user belongs to (a sign-in is news to each of them), or one platform-level row. */
export async function recordUserAuditEvent(options: { db: Db; userId: string } & Omit<AuditEventInput, "organizationId" | "actorUserId">) {
  const { db, userId, ...event } = options;
  const memberships = await db.membership.findMany({ where: { userId }, select: { organizationId: true }, take: 50 });
  const organizationIds = memberships.length > 0 ? memberships.map((m) => m.organizationId) : [null];
  await db.auditEvent.createMany({
    data: organizationIds.map((organizationId) => ({
      organizationId,
      actorUserId: userId,
      action: event.action,
      targetType: event.target?.type ?? null,
      targetId: event.target?.id ?? null,
      details: safeAuditDetails(event.details),
      ip: event.ip ?? null,
      ...(event.now ? { createdAt: event.now } : {}),
    })),
  });
}
