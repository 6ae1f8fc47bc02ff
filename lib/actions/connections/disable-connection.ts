"use server";

import { revalidatePath } from "next/cache";
import { requireMembership } from "@/lib/auth/session";
import { setConnectionStatus } from "@/lib/data/connections/set-connection-status";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { connectionRefSchema } from "@/lib/validations/connections";
import { announceTransition } from "@/lib/actions/connections/shared";

/** Manager or owner: stops scheduled syncs and checks until someone enables it again. */
export async function disableConnectionAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const { organizationId } = await requireMembership({
      organizationId: String(formData.get("organizationId") ?? ""),
      minRole: "manager",
    });
    const ref = connectionRefSchema.safeParse(formDataToObject(formData));
    if (!ref.success) return localizedValidationFailure(ref.error);
    const { transition } = await setConnectionStatus({ organizationId, connectionId: ref.data.connectionId, status: "disabled" });
    await announceTransition(transition);
    revalidatePath("/connections", "layout");
    return actionSuccess();
  } catch (error) {
    return actionFailureFrom(error, { action: "disableConnection" });
  }
}
