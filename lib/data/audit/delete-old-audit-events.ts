import type { Db } from "@/lib/db/client";

/** Retention: deletes up to `batch` events older than `keepMs`, oldest first (the createdAt index). */
export async function deleteOldAuditEvents(options: { db: Db; now: Date; keepMs: number; batch: number }): Promise<number> {
  const before = new Date(options.now.getTime() - options.keepMs);
  const old = await options.db.auditEvent.findMany({
    where: { createdAt: { lt: before } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
    take: options.batch,
  });
  if (old.length === 0) return 0;
  const { count } = await options.db.auditEvent.deleteMany({ where: { id: { in: old.map((e) => e.id) } } });
  return count;
}
