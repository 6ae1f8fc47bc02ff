"use server";

import { revalidatePath } from "next/cache";
import { requireMembership } from "@/lib/auth/session";
import { checkConnectionNow } from "@/lib/data/connections/check-connection-now";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { connectionRefSchema } from "@/lib/validations/connections";
import { announceTransition, describeCheck } from "@/lib/actions/connections/shared";

export interface CheckActionResult {
  passed: boolean;
  message: string;
  latencyMs: number;
  expiresAt?: string;
}

/** Manager or owner: the live check now, recorded in the connection's health; the verdict in plain words. */
export async function checkConnectionAction(_previous: unknown, formData: FormData): Promise<ActionResult<CheckActionResult>> {
  try {
    const { organizationId } = await requireMembership({
      organizationId: String(formData.get("organizationId") ?? ""),
      minRole: "manager",
    });
    const ref = connectionRefSchema.safeParse(formDataToObject(formData));
    if (!ref.success) return localizedValidationFailure(ref.error);
    const { provider, check, transition } = await checkConnectionNow({ organizationId, connectionId: ref.data.connectionId });
    await announceTransition(transition);
    revalidatePath("/connections", "layout");
    return actionSuccess({
      passed: check.ok,
      message: await describeCheck(provider, check),
      latencyMs: check.latencyMs,
      expiresAt: check.expiresAt?.toISOString(),
    });
  } catch (error) {
    return actionFailureFrom(error, { action: "checkConnection" });
  }
}
