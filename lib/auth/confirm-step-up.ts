import type { Db } from "@/lib/db/client";
import { knownAddress } from "@/lib/auth/known-address";
import type { LoginLimits } from "@/lib/auth/login-limits";
import { verifyLoginCode } from "@/lib/auth/verify-login-code";
import { recordUserAuditEvent } from "@/lib/data/audit/record-audit-event";
import { markSessionReauthenticated } from "@/lib/data/sessions/touch-session";
import { AppError } from "@/lib/errors/app-error";

/**
 * Checks a fresh SMS code for the session's own user (the login rules: single use, three tries,
 * per-address limits) and stamps the session re-verified, which opens sensitive actions for
 * the step-up window.
 */
export async function confirmStepUp(options: {
  db: Db;
  userId: string;
  phone: string;
  sessionId: string;
  code: string;
  ip: string;
  secret: string;
  limits: LoginLimits;
  now: Date;
}): Promise<void> {
  const { db, userId, sessionId, now } = options;
  await verifyLoginCode({
    db,
    phone: options.phone,
    code: options.code,
    ip: options.ip,
    secret: options.secret,
    limits: options.limits,
    now,
  });
  if (!(await markSessionReauthenticated({ db, userId, sessionId, now })))
    throw new AppError("unauthenticated", "session ended during step-up");
  await recordUserAuditEvent({
    db,
    userId,
    action: "step_up",
    target: { type: "session", id: sessionId },
    ip: knownAddress(options.ip),
    now,
  });
}
