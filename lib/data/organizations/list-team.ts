import type { Db } from "@/lib/db/client";

/** Members and pending invitations of one organisation; callers have checked membership. */
export async function listTeam(options: { db: Db; organizationId: string; now?: Date }) {
  const now = options.now ?? new Date();
  const [members, invitations] = await Promise.all([
    options.db.membership.findMany({
      where: { organizationId: options.organizationId },
      orderBy: { createdAt: "asc" },
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, phone: true, name: true } } },
    }),
    options.db.invitation.findMany({
      where: { organizationId: options.organizationId, acceptedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { id: true, phone: true, role: true, expiresAt: true, createdAt: true },
    }),
  ]);
  return { members, invitations };
}
export type Team = Awaited<ReturnType<typeof listTeam>>;
