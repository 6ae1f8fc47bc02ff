"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/data/audit/record-audit-event";
import { removeMember } from "@/lib/data/organizations/change-member";
import { memberRefSchema } from "@/lib/validations/organization";

/** Owner only; the last owner cannot be removed. */
export const removeMemberAction = orgAction(
  { minRole: "owner", schema: memberRefSchema, name: "removeMember" },
  async ({ organizationId, user, input }) => {
    await removeMember({ db, organizationId, membershipId: input.membershipId });
    await recordAuditEvent({
      db,
      organizationId,
      actorUserId: user.id,
      action: "member_removed",
      target: { type: "membership", id: input.membershipId },
    });
    revalidatePath("/", "layout");
  },
);
