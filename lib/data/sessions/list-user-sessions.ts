import type { Db } from "@/lib/db/client";

/** The user's live sessions, newest first, for the profile page. */
export async function listUserSessions(options: { db: Db; userId: string; now: Date; take?: number }) {
  return options.db.session.findMany({
    where: { userId: options.userId, endedAt: null, expiresAt: { gt: options.now } },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 20,
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
  });
}
