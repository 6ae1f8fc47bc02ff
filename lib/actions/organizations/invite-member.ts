"use server";

import { revalidatePath } from "next/cache";
import { requireMembership } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { inviteMember } from "@/lib/data/organizations/invite-member";
import { env } from "@/lib/env";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { inviteMemberSchema } from "@/lib/validations/organization";

/**
 * Owner only. Returns the invitation link once (only its hash is stored); the invitee signs in
 * with the invited phone and accepts on the onboarding page.
 */
export async function inviteMemberAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ inviteUrl: string }>> {
  try {
    const { organizationId, user } = await requireMembership({
      organizationId: String(formData.get("organizationId") ?? ""),
      minRole: "owner",
    });
    const parsed = inviteMemberSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return localizedValidationFailure(parsed.error);
    const { token } = await inviteMember({ db, organizationId, invitedById: user.id, phone: parsed.data.phone, role: parsed.data.role });
    revalidatePath("/settings/team");
    return actionSuccess({ inviteUrl: `${env.APP_URL.replace(/\/+$/, "")}/onboarding?invite=${token}` });
  } catch (error) {
    return actionFailureFrom(error, { action: "inviteMember" });
  }
}
