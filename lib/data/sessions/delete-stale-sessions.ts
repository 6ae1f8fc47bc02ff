import type { Db } from "@/lib/db/client";

/**
 * Retention: a session row is kept for `keepMs` after it expired or ended (so the audit log and
 * the user's session list can still name it), then deleted. Deletes at most `batch` rows per
 * call, oldest first, so a cron step stays short however much has piled up.
 */
export async function deleteStaleSessions(options: { db: Db; now: Date; keepMs: number; batch: number }): Promise<number> {
  const before = new Date(options.now.getTime() - options.keepMs);
  const stale = await options.db.session.findMany({
    where: { OR: [{ expiresAt: { lt: before } }, { endedAt: { lt: before } }] },
    select: { id: true },
    take: options.batch,
  });
  if (stale.length === 0) return 0;
  const { count } = await options.db.session.deleteMany({ where: { id: { in: stale.map((s) => s.id) } } });
  return count;
}
