import { env } from "@/lib/env";
import type { RateLimitRule } from "@/lib/data/auth/rate-limit";

const HOUR = 60 * 60_000;

/**
 * How often a phone or an address may ask for codes and try them, and how many login SMS the
 * platform sends at all. The per-phone limits are the real brute-force defence (3 codes × 3
 * attempts an hour); per-address limits stop one client from sweeping many phones; the global
 * budget bounds the bill whatever addresses and numbers an attacker has; only mobile numbers of
 * the allowed countries get SMS at all.
 */
export interface LoginLimits {
  smsPerPhone: RateLimitRule;
  smsPerIp: RateLimitRule;
  smsGlobal: RateLimitRule;
  verifyPerIp: RateLimitRule;
  /** ISO 3166 codes of the countries whose mobile numbers may receive codes. */
  smsCountries: readonly string[];
}

export function loginLimits(): LoginLimits {
  return {
    smsPerPhone: { limit: 3, windowMs: HOUR },
    smsPerIp: { limit: env.AUTH_IP_SMS_PER_HOUR, windowMs: HOUR },
    smsGlobal: { limit: env.SMS_GLOBAL_PER_HOUR, windowMs: HOUR },
    verifyPerIp: { limit: env.AUTH_IP_VERIFY_PER_10_MIN, windowMs: 10 * 60_000 },
    smsCountries: env.SMS_ALLOWED_COUNTRIES,
  };
}
