"use server";

import { revalidatePath } from "next/cache";
import { requireMembership } from "@/lib/auth/session";
import { confirmUpload } from "@/lib/data/files/confirm-upload";
import { actionSuccess, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { fileRefSchema } from "@/lib/validations/files";

/** Manager or owner: marks a file uploaded once the bucket shows it. */
export async function confirmUploadAction(input: { organizationId: string; fileId: string }): Promise<ActionResult> {
  try {
    const { organizationId } = await requireMembership({ organizationId: input.organizationId, minRole: "manager" });
    const ref = fileRefSchema.safeParse(input);
    if (!ref.success) return localizedValidationFailure(ref.error);
    await confirmUpload({ organizationId, fileId: ref.data.fileId });
    revalidatePath("/files");
    return actionSuccess();
  } catch (error) {
    return actionFailureFrom(error, { action: "confirmUpload" });
  }
}
