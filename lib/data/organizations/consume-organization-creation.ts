import type { Db } from "@/lib/db/client";
import { consumeRateLimit, rateLimitKey, releaseRateLimitHit, type RateLimitRule } from "@/lib/data/auth/rate-limit";
import { AppError } from "@/lib/errors/app-error";

/**
 * Counts one organisation creation against the person's and the address's limits in the shared
 * RateLimitHit table (never process memory: every app instance sees the same counts). Throws
 * rate_limited with the wait when either is spent; a refusal by the address limit gives the
 * person's hit back. An attempt refused later (an INN already taken) still counts, so the form
 * cannot be used to probe INNs quickly.
 */
export async function consumeOrganizationCreation(options: {
  db: Db;
  userId: string;
  address: string;
  limits: { perUser: RateLimitRule; perAddress: RateLimitRule };
  now?: Date;
}): Promise<void> {
  const { db, now, limits } = options;
  const byUser = await consumeRateLimit({ db, key: rateLimitKey("org-create-user", options.userId), rule: limits.perUser, now });
  if (!byUser.ok) throw limited(byUser.retryAfterSeconds);
  const byAddress = await consumeRateLimit({ db, key: rateLimitKey("org-create-ip", options.address), rule: limits.perAddress, now });
  if (!byAddress.ok) {
    await releaseRateLimitHit({ db, hitId: byUser.hitId });
    throw limited(byAddress.retryAfterSeconds);
  }
}

const limited = (retryAfterSeconds: number) => new AppError("rate_limited", "too many organisations created", { retryAfterSeconds });
