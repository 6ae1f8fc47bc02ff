"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { changeMemberRole } from "@/lib/data/organizations/change-member";
import { changeMemberRoleSchema } from "@/lib/validations/organization";

/** Owner only; the membership must belong to the same organisation (else 404). */
export const changeMemberRoleAction = orgAction(
  { minRole: "owner", schema: changeMemberRoleSchema, name: "changeMemberRole" },
  async ({ organizationId, input }) => {
    await changeMemberRole({ db, organizationId, membershipId: input.membershipId, role: input.role });
    revalidatePath("/settings/team");
  },
);
