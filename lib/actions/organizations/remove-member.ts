"use server";

import { revalidatePath } from "next/cache";
import { requireMembership } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { removeMember } from "@/lib/data/organizations/change-member";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { memberRefSchema } from "@/lib/validations/organization";

/** Owner only; the last owner cannot be removed. */
export async function removeMemberAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const { organizationId } = await requireMembership({ organizationId: String(formData.get("organizationId") ?? ""), minRole: "owner" });
    const parsed = memberRefSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return localizedValidationFailure(parsed.error);
    await removeMember({ db, organizationId, membershipId: parsed.data.membershipId });
    revalidatePath("/", "layout");
    return actionSuccess();
  } catch (error) {
    return actionFailureFrom(error, { action: "removeMember" });
  }
}
