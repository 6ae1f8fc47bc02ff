"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { revokeInvitation } from "@/lib/data/organizations/invite-member";
import { invitationRefSchema } from "@/lib/validations/organization";

/** Owner only; an invitation of another organisation answers 404. */
export const revokeInvitationAction = orgAction(
  { minRole: "owner", schema: invitationRefSchema, name: "revokeInvitation" },
  async ({ organizationId, input, audit }) => {
    await revokeInvitation({ db, organizationId, invitationId: input.invitationId });
    await audit("invitation_revoked", { type: "invitation", id: input.invitationId });
    revalidatePath("/settings/team");
  },
);
