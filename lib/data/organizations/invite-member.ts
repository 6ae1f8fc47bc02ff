import type { Db } from "@/lib/db/client";
import { INVITATION_TTL_MS, newInvitationToken } from "@/lib/organizations/invitation-token";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Invites a phone into an organisation. A repeated invite for the same phone replaces the
 * pending one (new role, new link) instead of piling up.
 */
export async function inviteMember(options: {
  db: Db;
  organizationId: string;
  invitedById: string;
  phone: string;
  role: Role;
  now?: Date;
}) {
  const { db, organizationId, phone } = options;
  const now = options.now ?? new Date();
  const existing = await db.membership.findFirst({ where: { organizationId, user: { phone } }, select: { id: true } });
  if (existing) throw new AppError("conflict", "already a member", { field: "phone", params: { reason: "alreadyMember" } });

  const { token, tokenHash } = newInvitationToken();
  const invitation = await db.$transaction(async (tx) => {
    await tx.invitation.deleteMany({ where: { organizationId, phone, acceptedAt: null } });
    return tx.invitation.create({
      data: {
        organizationId,
        phone,
        role: options.role,
        tokenHash,
        invitedById: options.invitedById,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      },
      select: { id: true, phone: true, role: true, expiresAt: true },
    });
  });
  return { invitation, token };
}

export async function revokeInvitation(options: { db: Db; organizationId: string; invitationId: string }): Promise<void> {
  const { count } = await options.db.invitation.deleteMany({
    where: { id: options.invitationId, organizationId: options.organizationId, acceptedAt: null },
  });
  if (count === 0) throw new AppError("not_found", "invitation not in this organisation");
}
