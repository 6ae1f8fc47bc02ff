import { loginCodeExpiry, generateLoginCode, hashLoginCode, LOGIN_CODE_RESEND_AFTER_MS } from "@/lib/auth/login-code";
import type { Db } from "@/lib/db/client";
import { deleteLoginCode, findLatestLoginCode, issueLoginCode } from "@/lib/data/auth/login-codes";
import { consumeRateLimit, rateLimitKey, releaseRateLimitHit } from "@/lib/data/auth/rate-limit";
import type { LoginLimits } from "@/lib/auth/login-limits";
import { consumeSmsBudget } from "@/lib/auth/sms-budget";
import { assertSmsDestination } from "@/lib/auth/sms-destination";
import { AppError } from "@/lib/errors/app-error";
import type { SmsSender } from "@/lib/integrations/sms";

export interface RequestLoginCodeOptions {
  db: Db;
  /** E.164, already normalised. */
  phone: string;
  ip: string;
  secret: string;
  sender: SmsSender;
  limits: LoginLimits;
  /** The SMS text for a code; localized by the caller. */
  message: (code: string) => string;
  now?: Date;
}

/**
 * Issues a new login code and sends it. Earlier codes for the phone die, so only the newest
 * SMS works. Refuses with phone_not_supported for numbers outside the allowed countries and
 * mobile ranges; with rate_limited inside the resend delay, after 3 SMS an hour to the phone,
 * or too many from one address; with sms_unavailable once the platform's hourly budget is spent.
 */
export async function requestLoginCode(options: RequestLoginCodeOptions): Promise<{ expiresAt: Date; resendAfterSeconds: number }> {
  const { db, phone } = options;
  const now = options.now ?? new Date();
  assertSmsDestination(phone, options.limits.smsCountries);

  const latest = await findLatestLoginCode({ db, phone });
  const sinceLatest = latest ? now.getTime() - latest.createdAt.getTime() : Infinity;
  if (sinceLatest < LOGIN_CODE_RESEND_AFTER_MS) {
    throw new AppError("rate_limited", "resend delay", {
      field: "phone",
      retryAfterSeconds: Math.ceil((LOGIN_CODE_RESEND_AFTER_MS - sinceLatest) / 1000),
    });
  }

  const byIp = await consumeRateLimit({ db, key: rateLimitKey("sms-ip", options.ip), rule: options.limits.smsPerIp, now });
  if (!byIp.ok) throw new AppError("rate_limited", "sms per ip", { retryAfterSeconds: byIp.retryAfterSeconds });
  const byPhone = await consumeRateLimit({ db, key: rateLimitKey("sms-phone", phone), rule: options.limits.smsPerPhone, now });
  if (!byPhone.ok) {
    await releaseRateLimitHit({ db, hitId: byIp.hitId });
    throw new AppError("rate_limited", "sms per phone", { field: "phone", retryAfterSeconds: byPhone.retryAfterSeconds });
  }
  const budget = await consumeSmsBudget({ db, rule: options.limits.smsGlobal, now });
  if (!budget.ok) {
    await releaseRateLimitHit({ db, hitId: byPhone.hitId });
    await releaseRateLimitHit({ db, hitId: byIp.hitId });
    throw new AppError("sms_unavailable", "global login sms budget spent");
  }

  const code = generateLoginCode();
  const expiresAt = loginCodeExpiry(now);
  const row = await issueLoginCode({ db, phone, codeHash: hashLoginCode(options.secret, phone, code), expiresAt, ip: options.ip, now });

  try {
    await options.sender.send(phone, options.message(code));
  } catch (cause) {
    // Nothing was delivered: the code is useless and must not use up the hourly allowance.
    await deleteLoginCode({ db, id: row.id });
    await releaseRateLimitHit({ db, hitId: budget.hitId });
    await releaseRateLimitHit({ db, hitId: byPhone.hitId });
    await releaseRateLimitHit({ db, hitId: byIp.hitId });
    if (cause instanceof AppError) throw cause;
    throw new AppError("sms_unavailable", "sms provider refused the message", { cause });
  }
  return { expiresAt, resendAfterSeconds: LOGIN_CODE_RESEND_AFTER_MS / 1000 };
}
