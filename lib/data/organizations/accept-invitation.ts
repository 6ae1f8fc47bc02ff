import type { Db } from "@/lib/db/client";
import { hashInvitationToken } from "@/lib/organizations/invitation-token";
import { AppError } from "@/lib/errors/app-error";

/** Pending, unexpired invitations addressed to the phone the user proved by SMS. */
export async function listPendingInvitations(options: { db: Db; phone: string; now?: Date }) {
  return options.db.invitation.findMany({
    where: { phone: options.phone, acceptedAt: null, expiresAt: { gt: options.now ?? new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, expiresAt: true, organization: { select: { id: true, name: true } } },
  });
}

/** The invitation behind a link token, if it is still pending; used to highlight it on onboarding. */
export async function findInvitationIdByToken(options: { db: Db; token: string }): Promise<string | null> {
  const row = await options.db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(options.token) },
    select: { id: true, acceptedAt: true },
  });
  return row && !row.acceptedAt ? row.id : null;
}

/**
 * Joins the organisation. The invitation must be addressed to the user's own phone: an id
 * belonging to someone else answers not_found, exactly like one that does not exist.
 */
export async function acceptInvitation(options: { db: Db; userId: string; phone: string; invitationId: string; now?: Date }) {
  const now = options.now ?? new Date();
  return options.db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { id: options.invitationId, phone: options.phone, acceptedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count === 0) throw new AppError("not_found", "no pending invitation for this phone");
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { id: options.invitationId },
      select: { organizationId: true, role: true },
    });
    const membership = await tx.membership.upsert({
      where: { userId_organizationId: { userId: options.userId, organizationId: invitation.organizationId } },
      create: { userId: options.userId, organizationId: invitation.organizationId, role: invitation.role },
      // Already a member (e.g. invited twice): keep the existing role rather than silently changing it.
      update: {},
      select: { organizationId: true, role: true },
    });
    return membership;
  });
}
