"use server";

import { revalidatePath } from "next/cache";
import { requireMembership } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { changeMemberRole } from "@/lib/data/organizations/change-member";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { changeMemberRoleSchema } from "@/lib/validations/organization";

/** Owner only; the membership must belong to the same organisation (else 404). */
export async function changeMemberRoleAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const { organizationId } = await requireMembership({ organizationId: String(formData.get("organizationId") ?? ""), minRole: "owner" });
    const parsed = changeMemberRoleSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return localizedValidationFailure(parsed.error);
    await changeMemberRole({ db, organizationId, membershipId: parsed.data.membershipId, role: parsed.data.role });
    revalidatePath("/settings/team");
    return actionSuccess();
  } catch (error) {
    return actionFailureFrom(error, { action: "changeMemberRole" });
  }
}
