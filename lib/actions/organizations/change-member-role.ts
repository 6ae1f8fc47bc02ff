"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { changeMemberRole } from "@/lib/data/organizations/change-member";
import { changeMemberRoleSchema } from "@/lib/validations/organization";

/** Owner only, with a recent SMS code (step-up); the membership must belong to the same organisation (else 404). */
export const changeMemberRoleAction = orgAction(
  { minRole: "owner", schema: changeMemberRoleSchema, name: "changeMemberRole", stepUp: true },
  async ({ organizationId, input, audit }) => {
    await changeMemberRole({ db, organizationId, membershipId: input.membershipId, role: input.role });
    await audit("member_role_changed", { type: "membership", id: input.membershipId }, { role: input.role });
    revalidatePath("/settings/team");
  },
);
