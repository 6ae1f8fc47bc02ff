"use server";

import { orgCall } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { presignUpload, type PresignedFileUpload } from "@/lib/data/files/presign-upload";
import type { ActionResult } from "@/lib/errors/action-result";
import { uploadRequestSchema } from "@/lib/validations/files";

/** Manager or owner: a signed form for one upload; the limits are checked here and signed into the policy. */
const presign = orgCall(
  { minRole: "manager", schema: uploadRequestSchema, name: "presignUpload", messages: "files.validation" },
  async ({ organizationId, user, input }) => ({ upload: await presignUpload({ db, organizationId, uploadedById: user.id, ...input }) }),
);

export async function presignUploadAction(input: {
  organizationId: string;
  filename: string;
  contentType: string;
  size: number;
}): Promise<ActionResult<{ upload: PresignedFileUpload }>> {
  return presign(input);
}
