"use server";

import { requireMembership } from "@/lib/auth/session";
import { presignUpload, type PresignedFileUpload } from "@/lib/data/files/presign-upload";
import { actionSuccess, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom } from "@/lib/errors/to-action-failure";
import { uploadRequestSchema } from "@/lib/validations/files";
import { fileValidationFailure } from "@/lib/actions/files/validation-failure";

/** Manager or owner: a signed form for one upload; the limits are checked here and signed into the policy. */
export async function presignUploadAction(input: {
  organizationId: string;
  filename: string;
  contentType: string;
  size: number;
}): Promise<ActionResult<{ upload: PresignedFileUpload }>> {
  try {
    const { organizationId, user } = await requireMembership({ organizationId: input.organizationId, minRole: "manager" });
    const parsed = uploadRequestSchema.safeParse(input);
    if (!parsed.success) return fileValidationFailure(parsed.error);
    return actionSuccess({ upload: await presignUpload({ organizationId, uploadedById: user.id, ...parsed.data }) });
  } catch (error) {
    return actionFailureFrom(error, { action: "presignUpload" });
  }
}
