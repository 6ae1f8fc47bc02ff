import { isIP } from "node:net";
import { isYooKassaIp } from "@/lib/integrations/yookassa/ip-allowlist";

/**
 * YooKassa notifications are unsigned, so the sender's address is checked against YooKassa's
 * networks. The address comes from clientAddressFrom (lib/auth/client-ip.ts) under the
 * deployment's proxy setting, never from what the sender wrote into X-Forwarded-For; without
 * that setting there is no trustworthy address and every notification is refused.
 */

/** YooKassa notifications are a few KB; anything far larger is not one and is never read whole. */
export const MAX_NOTIFICATION_BYTES = 64 * 1024;

function isLoopback(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/^::ffff:/i, "");
  if (bare === "::1" || bare === "localhost") return true;
  return isIP(bare) === 4 && bare.startsWith("127.");
}

/**
 * YooKassa's published networks always; loopback only while the API itself is a local sandbox
 * (its notifications come from 127.0.0.1). Against the real api.yookassa.ru a local process
 * is never a notification source.
 */
export function isAllowedNotificationSource(address: string | null, yookassaApiUrl: string): boolean {
  if (!address) return false;
  if (isYooKassaIp(address)) return true;
  return isLoopback(address) && isLoopback(new URL(yookassaApiUrl).hostname);
}
