import "server-only";
import { getDatabase } from "@/lib/data/database";
import { fileViewSelect, type FileView } from "@/lib/data/files/file-view";

/** The organisation's files, newest first (served by the organizationId, createdAt index). */
export async function listFiles(options: { organizationId: string; take?: number }): Promise<FileView[]> {
  const db = await getDatabase();
  return db.storedFile.findMany({
    where: { organizationId: options.organizationId },
    select: fileViewSelect,
    orderBy: { createdAt: "desc" },
    take: Math.min(options.take ?? 100, 500),
  });
}
