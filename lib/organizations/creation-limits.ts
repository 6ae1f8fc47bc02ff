import "server-only";
import type { Db } from "@/lib/db/client";
import { consumeRateLimit, rateLimitKey, releaseRateLimitHit, type RateLimitRule } from "@/lib/data/auth/rate-limit";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

const HOUR = 60 * 60_000;

/**
 * How many organisations may be created, per person and per caller address. Each one is a
 * tenant with its own sync schedules and DaData lookups; a script signing up in a loop would
 * fill the database and the platform's quotas. A real seller creates one, rarely a few.
 */
export interface OrganizationCreationLimits {
  perUser: RateLimitRule;
  perAddress: RateLimitRule;
}

export function organizationCreationLimits(): OrganizationCreationLimits {
  return { perUser: { limit: 5, windowMs: HOUR }, perAddress: { limit: env.ORG_CREATE_PER_IP_PER_HOUR, windowMs: HOUR } };
}

/**
 * Counts one creation against both limits in the shared RateLimitHit table (never process
 * memory: every app instance sees the same counts). Throws rate_limited with the wait when
 * either is spent; a refused attempt takes nothing from the other limit. An attempt refused
 * later (an INN already taken) still counts, so the form cannot be used to probe INNs quickly.
 */
export async function consumeOrganizationCreation(options: {
  db: Db;
  userId: string;
  address: string;
  limits?: OrganizationCreationLimits;
  now?: Date;
}): Promise<void> {
  const { db, now } = options;
  const limits = options.limits ?? organizationCreationLimits();
  const byUser = await consumeRateLimit({ db, key: rateLimitKey("org-create-user", options.userId), rule: limits.perUser, now });
  if (!byUser.ok) throw limited(byUser.retryAfterSeconds);
  const byAddress = await consumeRateLimit({ db, key: rateLimitKey("org-create-ip", options.address), rule: limits.perAddress, now });
  if (!byAddress.ok) {
    await releaseRateLimitHit({ db, hitId: byUser.hitId });
    throw limited(byAddress.retryAfterSeconds);
  }
}

const limited = (retryAfterSeconds: number) => new AppError("rate_limited", "too many organisations created", { retryAfterSeconds });
