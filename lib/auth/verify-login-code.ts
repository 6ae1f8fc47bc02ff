import { LOGIN_CODE_MAX_ATTEMPTS, loginCodeMatches, loginCodeState } from "@/lib/auth/login-code";
import type { Db } from "@/lib/db/client";
import { consumeLoginCode, findLatestLoginCode, reserveLoginCodeAttempt } from "@/lib/data/auth/login-codes";
import { consumeRateLimit, rateLimitKey } from "@/lib/data/auth/rate-limit";
import type { LoginLimits } from "@/lib/auth/login-limits";
import { upsertUserByPhone, type SessionUserRecord } from "@/lib/data/users/upsert-user-by-phone";
import { AppError } from "@/lib/errors/app-error";

export interface VerifyLoginCodeOptions {
  db: Db;
  phone: string;
  code: string;
  ip: string;
  secret: string;
  limits: LoginLimits;
  now?: Date;
}

/**
 * Checks a login code and returns the (possibly new) user. Each try reserves an attempt with
 * a conditional increment *before* comparing, so even a burst of parallel guesses gets at
 * most three comparisons per code.
 */
export async function verifyLoginCode(options: VerifyLoginCodeOptions): Promise<SessionUserRecord> {
  const { db, phone } = options;
  const now = options.now ?? new Date();

  const byIp = await consumeRateLimit({ db, key: rateLimitKey("verify-ip", options.ip), rule: options.limits.verifyPerIp, now });
  if (!byIp.ok) throw new AppError("rate_limited", "verify per ip", { retryAfterSeconds: byIp.retryAfterSeconds });

  const current = await findLatestLoginCode({ db, phone });
  const state = current ? loginCodeState(current, now) : "consumed";
  if (!current || state === "consumed" || state === "expired") throw new AppError("code_expired", "no live code", { field: "code" });
  if (state === "locked") throw new AppError("code_locked", "attempts used up", { field: "code" });

  const reserved = await reserveLoginCodeAttempt({ db, id: current.id, now, maxAttempts: LOGIN_CODE_MAX_ATTEMPTS });
  if (!reserved) throw new AppError("code_locked", "attempts used up concurrently", { field: "code" });
  const attemptsUsed = current.attempts + 1;

  if (!loginCodeMatches(options.secret, phone, options.code, current.codeHash)) {
    const attemptsLeft = Math.max(0, LOGIN_CODE_MAX_ATTEMPTS - attemptsUsed);
    if (attemptsLeft === 0) throw new AppError("code_locked", "third wrong attempt", { field: "code" });
    throw new AppError("code_invalid", "wrong code", { field: "code", params: { attemptsLeft } });
  }

  // Single use: of two parallel correct submissions only one wins.
  if (!(await consumeLoginCode({ db, id: current.id, now }))) throw new AppError("code_expired", "code already used", { field: "code" });
  return upsertUserByPhone({ db, phone, now });
}
