"use server";

import { revalidatePath } from "next/cache";
import { writeActiveOrganizationId } from "@/lib/auth/active-organization";
import { requireMembership } from "@/lib/auth/session";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { switchOrganizationSchema } from "@/lib/validations/organization";

/** Makes another of the caller's organisations the active one; a foreign id is a 404. */
export async function switchOrganizationAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const parsed = switchOrganizationSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return localizedValidationFailure(parsed.error);
    const { organizationId } = await requireMembership({ organizationId: parsed.data.organizationId, minRole: "viewer" });
    await writeActiveOrganizationId(organizationId);
    revalidatePath("/", "layout");
    return actionSuccess();
  } catch (error) {
    return actionFailureFrom(error, { action: "switchOrganization" });
  }
}
