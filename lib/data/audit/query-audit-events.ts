import type { Db } from "@/lib/db/client";

export type AuditScope = { organizationId: string } | { acrossOrganizations: true };

export interface AuditEventView {
  id: string;
  organizationId: string | null;
  organizationName: string | null;
  action: string;
  actor: { id: string; phone: string; name: string | null } | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  createdAt: Date;
}

/**
 * One page of the audit log, newest first, by keyset on the id (ids grow with time): the page
 * reads `take + 1` rows through the (organizationId, id DESC) index, then the actors and
 * organisations of that page only. `before` is the last id of the previous page.
 */
export async function queryAuditEvents(options: {
  db: Db;
  scope: AuditScope;
  before?: string;
  take: number;
}): Promise<{ events: AuditEventView[]; nextBefore: string | null }> {
  const { db, scope, take } = options;
  const before = options.before && /^\d{1,19}$/.test(options.before) ? BigInt(options.before) : undefined;
  const rows = await db.auditEvent.findMany({
    where: {
      ...("organizationId" in scope ? { organizationId: scope.organizationId } : {}),
      ...(before ? { id: { lt: before } } : {}),
    },
    orderBy: { id: "desc" },
    take: take + 1,
  });
  const page = rows.slice(0, take);
  const actorIds = [...new Set(page.map((r) => r.actorUserId).filter((id): id is string => Boolean(id)))];
  const organizationIds = [...new Set(page.map((r) => r.organizationId).filter((id): id is string => Boolean(id)))];
  const [actors, organizations] = await Promise.all([
    actorIds.length ? db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, phone: true, name: true } }) : [],
    "acrossOrganizations" in scope && organizationIds.length
      ? db.organization.findMany({ where: { id: { in: organizationIds } }, select: { id: true, name: true } })
      : [],
  ]);
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const orgName = new Map(organizations.map((o) => [o.id, o.name]));
  return {
    events: page.map((r) => ({
      id: r.id.toString(),
      organizationId: r.organizationId,
      organizationName: r.organizationId ? (orgName.get(r.organizationId) ?? null) : null,
      action: r.action,
      actor: r.actorUserId ? (actorById.get(r.actorUserId) ?? null) : null,
      targetType: r.targetType,
      targetId: r.targetId,
      details: (r.details ?? {}) as Record<string, unknown>,
      ip: r.ip,
      createdAt: r.createdAt,
    })),
    nextBefore: rows.length > take ? page.at(-1)!.id.toString() : null,
  };
}

/** The organisation's own log (owners only: the page and its caller check the role). */
export const listAuditEvents = (options: { db: Db; organizationId: string; before?: string; take: number }) =>
  queryAuditEvents({ db: options.db, scope: { organizationId: options.organizationId }, before: options.before, take: options.take });
