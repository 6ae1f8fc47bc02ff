import type { Db } from "@/lib/db/client";

/**
 * Blocks (or unblocks) a user. Blocking ends every live session in the same transaction, so
 * nothing the user holds keeps working; sign-in refuses them while blockedAt is set.
 * Returns null for an unknown user, else how many sessions were ended.
 */
export async function setUserBlocked(options: {
  db: Db;
  userId: string;
  blocked: boolean;
  now: Date;
}): Promise<{ endedSessions: number } | null> {
  const { db, userId, blocked, now } = options;
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { blockedAt: blocked ? now : null } });
    if (count === 0) return null;
    if (!blocked) return { endedSessions: 0 };
    const ended = await tx.session.updateMany({
      where: { userId, endedAt: null, expiresAt: { gt: now } },
      data: { endedAt: now, endedReason: "blocked" },
    });
    return { endedSessions: ended.count };
  });
}
