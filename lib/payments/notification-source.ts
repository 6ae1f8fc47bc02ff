import { isIP } from "node:net";
import { isYooKassaIp } from "@/lib/integrations/yookassa/ip-allowlist";

/**
 * Who sent a notification. A Next.js route handler sees the peer only through
 * X-Forwarded-For: Next fills it from the socket when the request arrived without one.
 * - Behind our own proxy (YOOKASSA_WEBHOOK_TRUST_PROXY): the last entry, the one the proxy
 *   appended; earlier entries are whatever the sender claimed.
 * - Without one: a header with several entries was written by the sender, so it is refused.
 *   A single entry cannot be told apart from Next's own; that is why the handler never acts
 *   on the body and re-fetches the payment from YooKassa instead.
 */
export function notificationSourceAddress(headers: Headers, trustProxy: boolean): string | null {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  if (!trustProxy && entries.length > 1) return null;
  return entries.at(-1) ?? null;
}

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
