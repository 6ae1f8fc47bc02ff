import type { Db } from "@/lib/db/client";
import { sessionNeedsTouch, sessionState, type SessionPolicy } from "@/lib/auth/session-policy";
import { getSessionWithUser } from "@/lib/data/sessions/get-session-with-user";
import { touchSession } from "@/lib/data/sessions/touch-session";
import type { SessionUserRecord } from "@/lib/data/users/upsert-user-by-phone";

export interface SessionRecord {
  id: string;
  createdAt: Date;
  reauthenticatedAt: Date;
}

export interface ResolvedSession {
  user: SessionUserRecord;
  session: SessionRecord;
}

/**
 * What a signed JWT is worth right now: the session it names must exist, belong to the user it
 * names, not be ended (sign-out, sign-out everywhere, a block), expired (absolute lifetime) or
 * idle, and the user must not be blocked. One query; an occasional conditional write of
 * lastSeenAt keeps the idle clock without a write per request.
 */
export async function resolveSession(options: {
  db: Db;
  userId: string;
  sessionId: string | undefined;
  now: Date;
  policy: SessionPolicy;
}): Promise<ResolvedSession | null> {
  const { db, userId, sessionId, now, policy } = options;
  // Tokens issued before server-side sessions carry no id: they are refused, as a sign-in is cheap.
  if (!sessionId) return null;
  const row = await getSessionWithUser({ db, sessionId });
  if (!row || row.userId !== userId || row.user.blockedAt) return null;
  if (sessionState(row, now, policy) !== "live") return null;
  if (sessionNeedsTouch(row, now, policy)) {
    await touchSession({ db, sessionId, now, notSince: new Date(now.getTime() - policy.touchEveryMs) });
  }
  const { blockedAt: _blockedAt, ...user } = row.user;
  return { user, session: { id: row.id, createdAt: row.createdAt, reauthenticatedAt: row.reauthenticatedAt } };
}
