import type { Db } from "@/lib/db/client";

/** Records use of a live session (the idle clock). Conditional, so parallel requests write once. */
export async function touchSession(options: { db: Db; sessionId: string; now: Date; notSince: Date }): Promise<void> {
  await options.db.session.updateMany({
    where: { id: options.sessionId, endedAt: null, lastSeenAt: { lt: options.notSince } },
    data: { lastSeenAt: options.now },
  });
}

/** A fresh SMS code was entered for this session (step-up). */
export async function markSessionReauthenticated(options: { db: Db; userId: string; sessionId: string; now: Date }): Promise<boolean> {
  const { count } = await options.db.session.updateMany({
    where: { id: options.sessionId, userId: options.userId, endedAt: null },
    data: { reauthenticatedAt: options.now, lastSeenAt: options.now },
  });
  return count > 0;
}
