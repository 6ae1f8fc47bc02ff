"use server";

import { revalidatePath } from "next/cache";
import { requireMembership } from "@/lib/auth/session";
import { deleteConnection } from "@/lib/data/connections/delete-connection";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { connectionRefSchema } from "@/lib/validations/connections";

/** Owner only (lib/auth/roles.ts): deletes the connection and the data synced through it. */
export async function deleteConnectionAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const { organizationId } = await requireMembership({ organizationId: String(formData.get("organizationId") ?? ""), minRole: "owner" });
    const ref = connectionRefSchema.safeParse(formDataToObject(formData));
    if (!ref.success) return localizedValidationFailure(ref.error);
    await deleteConnection({ organizationId, connectionId: ref.data.connectionId });
    revalidatePath("/", "layout");
    return actionSuccess();
  } catch (error) {
    return actionFailureFrom(error, { action: "deleteConnection" });
  }
}
