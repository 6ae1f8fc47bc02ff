import { env } from "@/lib/env";
import type { RateLimitRule } from "@/lib/data/auth/rate-limit";

const HOUR = 60 * 60_000;

/**
 * How often a phone or an address may ask for codes and try them. The per-phone limits are
 * the real brute-force defence (3 codes × 3 attempts an hour); per-IP limits stop one client
 * from sweeping many phones.
 */
export interface LoginLimits {
  smsPerPhone: RateLimitRule;
  smsPerIp: RateLimitRule;
  verifyPerIp: RateLimitRule;
}

export function loginLimits(): LoginLimits {
  return {
    smsPerPhone: { limit: 3, windowMs: HOUR },
    smsPerIp: { limit: env.AUTH_IP_SMS_PER_HOUR, windowMs: HOUR },
    verifyPerIp: { limit: env.AUTH_IP_VERIFY_PER_10_MIN, windowMs: 10 * 60_000 },
  };
}
