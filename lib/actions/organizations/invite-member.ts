"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { inviteMember } from "@/lib/data/organizations/invite-member";
import { env } from "@/lib/env";
import { inviteMemberSchema } from "@/lib/validations/organization";

/**
 * Owner only. Returns the invitation link once (only its hash is stored); the invitee signs in
 * with the invited phone and accepts on the onboarding page.
 */
export const inviteMemberAction = orgAction(
  { minRole: "owner", schema: inviteMemberSchema, name: "inviteMember" },
  async ({ organizationId, user, input, audit }) => {
    const { token, invitation } = await inviteMember({ db, organizationId, invitedById: user.id, phone: input.phone, role: input.role });
    // The invitation's token is its secret: only the id and the role are recorded.
    await audit("invitation_created", { type: "invitation", id: invitation.id }, { role: input.role });
    revalidatePath("/settings/team");
    return { inviteUrl: `${env.APP_URL.replace(/\/+$/, "")}/onboarding?invite=${token}` };
  },
);
