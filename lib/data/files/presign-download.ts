import "server-only";
import type { Db } from "@/lib/db/client";
import { getOrganizationStorage } from "@/lib/data/files/organization-storage";
import { AppError } from "@/lib/errors/app-error";

/** A short-lived GET URL for one uploaded file of the organisation; any other id is not_found. */
export async function presignDownload(options: {
  db: Db;
  organizationId: string;
  fileId: string;
}): Promise<{ url: string; filename: string }> {
  const { db } = options;
  const row = await db.storedFile.findFirst({
    where: { id: options.fileId, organizationId: options.organizationId, status: "uploaded" },
    select: { key: true, filename: true, connectionId: true },
  });
  if (!row) throw new AppError("not_found", "file not found");
  const { storage } = await getOrganizationStorage({ db, organizationId: options.organizationId, connectionId: row.connectionId });
  return { url: await storage.presignDownload(row.key, { fileName: row.filename }), filename: row.filename };
}
