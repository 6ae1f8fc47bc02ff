import "server-only";
import type { Db } from "@/lib/db/client";
import { fileViewSelect, type FileView } from "@/lib/data/files/file-view";
import { getOrganizationStorage } from "@/lib/data/files/organization-storage";
import { AppError } from "@/lib/errors/app-error";
import { isIntegrationError } from "@/lib/integrations/core/errors";

/**
 * The browser says it has uploaded; the bucket decides. HEAD the object: it must exist and
 * match what was signed (type, at most the declared size), else the row stays pending.
 * Confirming twice is harmless.
 */
export async function confirmUpload(options: { db: Db; organizationId: string; fileId: string }): Promise<FileView> {
  const { db } = options;
  const row = await db.storedFile.findFirst({
    where: { id: options.fileId, organizationId: options.organizationId },
    select: { ...fileViewSelect, key: true, connectionId: true },
  });
  if (!row) throw new AppError("not_found", "file not found");
  const { key: _key, connectionId: _connectionId, ...view } = row;
  if (row.status === "uploaded") return view;

  const { storage } = await getOrganizationStorage({ db, organizationId: options.organizationId, connectionId: row.connectionId });
  const head = await storage.headObject(row.key).catch((error: unknown) => {
    if (isIntegrationError(error) && error.code === "not_found")
      throw new AppError("conflict", "object not in the bucket", { params: { reason: "notUploaded" } });
    throw error;
  });
  if (head.size > row.size || (head.contentType && head.contentType !== row.contentType)) {
    await storage.deleteObject(row.key);
    throw new AppError("invalid_input", "stored object does not match the signed upload", { params: { reason: "uploadMismatch" } });
  }
  return db.storedFile.update({
    where: { id: row.id, organizationId: options.organizationId },
    data: { status: "uploaded", size: head.size },
    select: fileViewSelect,
  });
}
