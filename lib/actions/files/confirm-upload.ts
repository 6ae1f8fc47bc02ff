"use server";

import { revalidatePath } from "next/cache";
import { orgCall } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { confirmUpload } from "@/lib/data/files/confirm-upload";
import type { ActionResult } from "@/lib/errors/action-result";
import { fileRefSchema } from "@/lib/validations/files";

/** Manager or owner: marks a file uploaded once the bucket shows it. */
const confirm = orgCall({ minRole: "manager", schema: fileRefSchema, name: "confirmUpload" }, async ({ organizationId, input }) => {
  await confirmUpload({ db, organizationId, fileId: input.fileId });
  revalidatePath("/files");
});

export async function confirmUploadAction(input: { organizationId: string; fileId: string }): Promise<ActionResult> {
  return confirm(input);
}
