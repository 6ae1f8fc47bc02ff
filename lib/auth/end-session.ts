import type { Db } from "@/lib/db/client";
import { knownAddress } from "@/lib/auth/known-address";
import { recordUserAuditEvent } from "@/lib/data/audit/record-audit-event";
import { endSession, endUserSessions } from "@/lib/data/sessions/end-sessions";

/** Sign-out: ends the one session the cookie named. */
export async function endSessionBySignOut(options: { db: Db; userId: string; sessionId: string; now: Date }): Promise<void> {
  const ended = await endSession({ ...options, reason: "sign_out" });
  if (ended)
    await recordUserAuditEvent({
      db: options.db,
      userId: options.userId,
      action: "sign_out",
      target: { type: "session", id: options.sessionId },
      now: options.now,
    });
}

/** "Sign out everywhere": ends every live session of the user, this one included. */
export async function endAllSessionsOfUser(options: { db: Db; userId: string; now: Date; ip?: string | null }): Promise<number> {
  const count = await endUserSessions({ db: options.db, userId: options.userId, reason: "sign_out_everywhere", now: options.now });
  await recordUserAuditEvent({
    db: options.db,
    userId: options.userId,
    action: "sessions_revoked",
    target: { type: "user", id: options.userId },
    details: { sessions: count },
    ip: knownAddress(options.ip),
    now: options.now,
  });
  return count;
}
