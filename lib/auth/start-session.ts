import type { Db } from "@/lib/db/client";
import { knownAddress } from "@/lib/auth/known-address";
import { sessionExpiry, type SessionPolicy } from "@/lib/auth/session-policy";
import { recordUserAuditEvent } from "@/lib/data/audit/record-audit-event";
import { createSessionUnlessBlocked } from "@/lib/data/sessions/create-session";
import { AppError } from "@/lib/errors/app-error";

/**
 * After a correct SMS code: refuses a blocked user (the message says so beside the code
 * field), otherwise opens a server-side session whose id the JWT will carry, and records the
 * sign-in in the audit log of each of the user's organisations.
 */
export async function startSession(options: {
  db: Db;
  userId: string;
  ip: string | null;
  userAgent: string | null;
  now: Date;
  policy: SessionPolicy;
}): Promise<{ sessionId: string }> {
  const { db, userId, now } = options;
  const ip = knownAddress(options.ip);
  const session = await createSessionUnlessBlocked({
    db,
    userId,
    now,
    expiresAt: sessionExpiry(now, options.policy),
    ip,
    userAgent: options.userAgent,
  });
  if (session === "unknown_user") throw new AppError("unauthenticated", "user vanished during sign-in");
  if (session === "blocked") throw new AppError("account_blocked", "blocked user tried to sign in", { field: "code" });
  await recordUserAuditEvent({ db, userId, action: "sign_in", target: { type: "session", id: session.id }, ip, now });
  return { sessionId: session.id };
}
