import "server-only";
import type { Db } from "@/lib/db/client";
import { fileViewSelect, type FileView } from "@/lib/data/files/file-view";

/** The organisation's files, newest first (served by the organizationId, createdAt index). */
export async function listFiles(options: { db: Db; organizationId: string; take?: number }): Promise<FileView[]> {
  const { db } = options;
  return db.storedFile.findMany({
    where: { organizationId: options.organizationId },
    select: fileViewSelect,
    orderBy: { createdAt: "desc" },
    take: Math.min(options.take ?? 100, 500),
  });
}
