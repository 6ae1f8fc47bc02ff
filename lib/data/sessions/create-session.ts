import type { Db } from "@/lib/db/client";

/** A new sign-in: the returned id is all the JWT carries. */
export async function createSession(options: {
  db: Db;
  userId: string;
  now: Date;
  expiresAt: Date;
  ip?: string | null;
  userAgent?: string | null;
}): Promise<{ id: string }> {
  const { db, userId, now, expiresAt } = options;
  return db.session.create({
    data: {
      userId,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
      reauthenticatedAt: now,
      ip: options.ip ?? null,
      // Browsers' user agents are short; a forged header must not grow the row.
      userAgent: options.userAgent?.slice(0, 300) ?? null,
    },
    select: { id: true },
  });
}

/**
 * A sign-in after a correct code: a blocked user (or one deleted meanwhile) gets no session.
 * The caller turns the refusal into the message beside the code field.
 */
export async function createSessionUnlessBlocked(
  options: Parameters<typeof createSession>[0],
): Promise<{ id: string } | "blocked" | "unknown_user"> {
  const user = await options.db.user.findUnique({ where: { id: options.userId }, select: { blockedAt: true } });
  if (!user) return "unknown_user";
  if (user.blockedAt) return "blocked";
  return createSession(options);
}
