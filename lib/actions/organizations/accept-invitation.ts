"use server";

import { revalidatePath } from "next/cache";
import { writeActiveOrganizationId } from "@/lib/auth/active-organization";
import { requireSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/data/organizations/accept-invitation";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { acceptInvitationSchema } from "@/lib/validations/organization";

/** Joins the organisation of an invitation addressed to the caller's own (SMS-verified) phone. */
export async function acceptInvitationAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ organizationId: string }>> {
  try {
    const { user } = await requireSession();
    const parsed = acceptInvitationSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return localizedValidationFailure(parsed.error);
    const membership = await acceptInvitation({ db, userId: user.id, phone: user.phone, invitationId: parsed.data.invitationId });
    await writeActiveOrganizationId(membership.organizationId);
    revalidatePath("/", "layout");
    return actionSuccess({ organizationId: membership.organizationId });
  } catch (error) {
    return actionFailureFrom(error, { action: "acceptInvitation" });
  }
}
