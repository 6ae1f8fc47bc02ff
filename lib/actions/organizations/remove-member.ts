"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { removeMember } from "@/lib/data/organizations/change-member";
import { memberRefSchema } from "@/lib/validations/organization";

/** Owner only; the last owner cannot be removed. */
export const removeMemberAction = orgAction(
  { minRole: "owner", schema: memberRefSchema, name: "removeMember" },
  async ({ organizationId, input, audit }) => {
    await removeMember({ db, organizationId, membershipId: input.membershipId });
    await audit("member_removed", { type: "membership", id: input.membershipId });
    revalidatePath("/", "layout");
  },
);
