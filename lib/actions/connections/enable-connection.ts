"use server";

import { revalidatePath } from "next/cache";
import { requireMembership } from "@/lib/auth/session";
import { checkConnectionNow } from "@/lib/data/connections/check-connection-now";
import { setConnectionStatus } from "@/lib/data/connections/set-connection-status";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { logger } from "@/lib/logger";
import { connectionRefSchema } from "@/lib/validations/connections";
import { announceTransition, describeCheck } from "@/lib/actions/connections/shared";

/**
 * Manager or owner: switches the connection back on and checks it at once, so its card shows a
 * real state rather than "unknown". A failing check leaves it enabled and says why.
 */
export async function enableConnectionAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ passed: boolean; message: string }>> {
  try {
    const { organizationId } = await requireMembership({
      organizationId: String(formData.get("organizationId") ?? ""),
      minRole: "manager",
    });
    const ref = connectionRefSchema.safeParse(formDataToObject(formData));
    if (!ref.success) return localizedValidationFailure(ref.error);
    const { transition } = await setConnectionStatus({ organizationId, connectionId: ref.data.connectionId, status: "active" });
    await announceTransition(transition);
    let verdict = { passed: false, message: "" };
    try {
      const { provider, check, transition: checked } = await checkConnectionNow({ organizationId, connectionId: ref.data.connectionId });
      await announceTransition(checked);
      verdict = { passed: check.ok, message: await describeCheck(provider, check) };
    } catch (error) {
      logger.warn({ err: error, connectionId: ref.data.connectionId }, "check after enabling failed");
    }
    revalidatePath("/connections", "layout");
    return actionSuccess(verdict);
  } catch (error) {
    return actionFailureFrom(error, { action: "enableConnection" });
  }
}
