"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/data/audit/record-audit-event";
import { changeMemberRole } from "@/lib/data/organizations/change-member";
import { changeMemberRoleSchema } from "@/lib/validations/organization";

/** Owner only, with a recent SMS code (step-up); the membership must belong to the same organisation (else 404). */
export const changeMemberRoleAction = orgAction(
  { minRole: "owner", schema: changeMemberRoleSchema, name: "changeMemberRole", stepUp: true },
  async ({ organizationId, user, input }) => {
    await changeMemberRole({ db, organizationId, membershipId: input.membershipId, role: input.role });
    await recordAuditEvent({
      db,
      organizationId,
      actorUserId: user.id,
      action: "member_role_changed",
      target: { type: "membership", id: input.membershipId },
      details: { role: input.role },
    });
    revalidatePath("/settings/team");
  },
);
