import type { Db, Tx } from "@/lib/db/client";

export type SessionEndReason = "sign_out" | "sign_out_everywhere" | "blocked";

/** Ends one session of `userId` (the owner check is in the where). Returns whether it was live. */
export async function endSession(options: {
  db: Db;
  userId: string;
  sessionId: string;
  reason: SessionEndReason;
  now: Date;
}): Promise<boolean> {
  const { count } = await options.db.session.updateMany({
    where: { id: options.sessionId, userId: options.userId, endedAt: null },
    data: { endedAt: options.now, endedReason: options.reason },
  });
  return count > 0;
}

/** Ends every live session of a user; returns how many were ended. */
export async function endUserSessions(options: { db: Db | Tx; userId: string; reason: SessionEndReason; now: Date }): Promise<number> {
  const { count } = await options.db.session.updateMany({
    where: { userId: options.userId, endedAt: null, expiresAt: { gt: options.now } },
    data: { endedAt: options.now, endedReason: options.reason },
  });
  return count;
}
