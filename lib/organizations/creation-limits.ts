import type { RateLimitRule } from "@/lib/data/auth/rate-limit";
import { env } from "@/lib/env";

const HOUR = 60 * 60_000;

/**
 * How many organisations may be created, per person and per caller address. Each one is a
 * tenant with its own sync schedules and DaData lookups; a script signing up in a loop would
 * fill the database and the platform's quotas. A real seller creates one, rarely a few.
 * Callers whose address is unknown share one address bucket, hence the generous default.
 */
export interface OrganizationCreationLimits {
  perUser: RateLimitRule;
  perAddress: RateLimitRule;
}

export function organizationCreationLimits(): OrganizationCreationLimits {
  return { perUser: { limit: 5, windowMs: HOUR }, perAddress: { limit: env.ORG_CREATE_PER_IP_PER_HOUR, windowMs: HOUR } };
}
