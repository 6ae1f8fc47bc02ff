"use server";

import { orgCall } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { presignDownload } from "@/lib/data/files/presign-download";
import type { ActionResult } from "@/lib/errors/action-result";
import { fileRefSchema } from "@/lib/validations/files";

/** Any member: a short-lived download URL for one of the organisation's files. */
const presign = orgCall({ minRole: "viewer", schema: fileRefSchema, name: "presignDownload" }, async ({ organizationId, input }) => {
  const { url } = await presignDownload({ db, organizationId, fileId: input.fileId });
  return { url };
});

export async function presignDownloadAction(input: { organizationId: string; fileId: string }): Promise<ActionResult<{ url: string }>> {
  return presign(input);
}
