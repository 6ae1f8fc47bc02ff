import "server-only";
import type { Db } from "@/lib/db/client";
import { getOrganizationStorage } from "@/lib/data/files/organization-storage";
import { AppError } from "@/lib/errors/app-error";
import { createId } from "@/lib/connections/ids";
import { uploadRequestSchema } from "@/lib/validations/files";

export interface PresignedFileUpload {
  fileId: string;
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
}

/** Object keys stay ASCII and free of path tricks; the name people see is kept on the row. */
function safeKeyName(filename: string): string {
  const cleaned = filename
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    .replace(/^[._]+/, "");
  return (cleaned || "file").slice(-100);
}

/**
 * Registers a pending file and signs a browser POST for exactly it: S3 refuses a body larger
 * than the declared size or of another type. Input is checked here too, so a caller that
 * skipped the form gets field errors (AppError invalid_input with `field`) and nothing is written.
 */
export async function presignUpload(options: {
  db: Db;
  organizationId: string;
  uploadedById?: string;
  filename: string;
  contentType: string;
  size: number;
}): Promise<PresignedFileUpload> {
  const parsed = uploadRequestSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("invalid_input", issue.message, { field: String(issue.path[0]), params: { reason: issue.message } });
  }
  const { filename, contentType, size } = parsed.data;
  const { connectionId, storage } = await getOrganizationStorage({ db: options.db, organizationId: options.organizationId });
  const id = createId();
  const key = `org/${options.organizationId}/${id}/${safeKeyName(filename)}`;
  const post = await storage.presignUpload({ key, contentType, size });
  await options.db.storedFile.create({
    data: {
      id,
      organizationId: options.organizationId,
      uploadedById: options.uploadedById,
      connectionId,
      key,
      filename,
      contentType,
      size,
      status: "pending",
    },
  });
  return { fileId: id, url: post.url, fields: post.fields, expiresAt: post.expiresAt.toISOString() };
}
