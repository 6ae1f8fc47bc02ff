import type { Db } from "@/lib/db/client";
import { sessionUserSelect } from "@/lib/data/users/upsert-user-by-phone";

/** The session row and its user in one query: what every signed-in request reads. */
export async function getSessionWithUser(options: { db: Db; sessionId: string }) {
  return options.db.session.findUnique({
    where: { id: options.sessionId },
    select: {
      id: true,
      userId: true,
      createdAt: true,
      expiresAt: true,
      lastSeenAt: true,
      reauthenticatedAt: true,
      endedAt: true,
      user: { select: { ...sessionUserSelect, blockedAt: true } },
    },
  });
}

export type SessionWithUser = NonNullable<Awaited<ReturnType<typeof getSessionWithUser>>>;
