"use server";

import { requireMembership } from "@/lib/auth/session";
import { presignDownload } from "@/lib/data/files/presign-download";
import { actionSuccess, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { fileRefSchema } from "@/lib/validations/files";

/** Any member: a short-lived download URL for one of the organisation's files. */
export async function presignDownloadAction(input: { organizationId: string; fileId: string }): Promise<ActionResult<{ url: string }>> {
  try {
    const { organizationId } = await requireMembership({ organizationId: input.organizationId, minRole: "viewer" });
    const ref = fileRefSchema.safeParse(input);
    if (!ref.success) return localizedValidationFailure(ref.error);
    const { url } = await presignDownload({ organizationId, fileId: ref.data.fileId });
    return actionSuccess({ url });
  } catch (error) {
    return actionFailureFrom(error, { action: "presignDownload" });
  }
}
