"use server";

import { revalidatePath } from "next/cache";
import { sessionAction } from "@/lib/actions/define-action";
import { writeActiveOrganizationId } from "@/lib/auth/active-organization";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/data/audit/record-audit-event";
import { acceptInvitation } from "@/lib/data/organizations/accept-invitation";
import { acceptInvitationSchema } from "@/lib/validations/organization";

/** Joins the organisation of an invitation addressed to the caller's own (SMS-verified) phone. */
export const acceptInvitationAction = sessionAction(
  { schema: acceptInvitationSchema, name: "acceptInvitation" },
  async ({ user, input }) => {
    const membership = await acceptInvitation({ db, userId: user.id, phone: user.phone, invitationId: input.invitationId });
    await recordAuditEvent({
      db,
      organizationId: membership.organizationId,
      actorUserId: user.id,
      action: "invitation_accepted",
      target: { type: "invitation", id: input.invitationId },
    });
    await writeActiveOrganizationId(membership.organizationId);
    revalidatePath("/", "layout");
    return { organizationId: membership.organizationId };
  },
);
