"use server";

import { revalidatePath } from "next/cache";
import { writeActiveOrganizationId } from "@/lib/auth/active-organization";
import { requireSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createOrganizationWithOwner } from "@/lib/data/organizations/create-organization";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { createOrganizationSchema } from "@/lib/validations/organization";

/** Any signed-in user may create an organisation; they become its owner and it becomes active. */
export async function createOrganizationAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ organizationId: string }>> {
  try {
    const { user } = await requireSession();
    const parsed = createOrganizationSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return localizedValidationFailure(parsed.error);
    const organization = await createOrganizationWithOwner({ db, userId: user.id, input: parsed.data });
    await writeActiveOrganizationId(organization.id);
    revalidatePath("/", "layout");
    return actionSuccess({ organizationId: organization.id });
  } catch (error) {
    return actionFailureFrom(error, { action: "createOrganization" });
  }
}
