"use server";

import { revalidatePath } from "next/cache";
import { requireMembership } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { revokeInvitation } from "@/lib/data/organizations/invite-member";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { invitationRefSchema } from "@/lib/validations/organization";

/** Owner only; an invitation of another organisation answers 404. */
export async function revokeInvitationAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const { organizationId } = await requireMembership({ organizationId: String(formData.get("organizationId") ?? ""), minRole: "owner" });
    const parsed = invitationRefSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return localizedValidationFailure(parsed.error);
    await revokeInvitation({ db, organizationId, invitationId: parsed.data.invitationId });
    revalidatePath("/settings/team");
    return actionSuccess();
  } catch (error) {
    return actionFailureFrom(error, { action: "revokeInvitation" });
  }
}
