import { isIP } from "node:net";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * Where the caller's address may be read from: a deployment fact, never the client's word.
 * - `header`: the one header the proxy in front sets and overwrites (`x-real-ip`, `cf-connecting-ip`).
 * - `trustedProxyHops`: how many proxies append to X-Forwarded-For. The last N entries are theirs;
 *   the N-th from the end is the address the outermost proxy saw. Entries before it are claims.
 * - Neither: nothing is trusted. `next start` fills X-Forwarded-For from the socket only when the
 *   client sent none, so a client can always put any address there.
 */
export interface ClientAddressSource {
  trustedProxyHops: number;
  header?: string;
}

/**
 * The one bucket every caller shares when the address cannot be known: per-address limits then
 * bound all callers together, so spoofed headers buy an attacker nothing.
 */
export const UNTRUSTED_CLIENT_ADDRESS = "untrusted";

/** The caller's address as the configured source states it, or null when it states none. */
export function clientAddressFrom(headers: Headers, source: ClientAddressSource): string | null {
  if (source.header) return validAddress(headers.get(source.header));
  if (source.trustedProxyHops < 1) return null;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped a proxy, so none of them is ours.
  if (entries.length < source.trustedProxyHops) return null;
  return validAddress(entries[entries.length - source.trustedProxyHops]);
}

function validAddress(value: string | null | undefined): string | null {
  const bare = value?.trim().replace(/^\[|\]$/g, "");
  return bare && isIP(bare) ? bare : null;
}

export function configuredClientAddressSource(): ClientAddressSource {
  return { trustedProxyHops: env.TRUSTED_PROXY_HOPS, header: env.CLIENT_IP_HEADER };
}

let warnedUntrusted = false;

/**
 * The caller's address for per-address limits, under this deployment's setting: every caller
 * that uses one (login code request, code check, rate-limited forms) reads it here. Unknown
 * addresses share UNTRUSTED_CLIENT_ADDRESS.
 */
export function clientIpFrom(headers: Headers, source: ClientAddressSource = configuredClientAddressSource()): string {
  const address = clientAddressFrom(headers, source);
  if (address) return address;
  if (!warnedUntrusted && env.NODE_ENV === "production") {
    warnedUntrusted = true;
    logger.warn(
      { trustedProxyHops: source.trustedProxyHops, clientIpHeader: source.header ?? null },
      "caller address unknown: all callers share one rate-limit bucket; set CLIENT_IP_HEADER or TRUSTED_PROXY_HOPS",
    );
  }
  return UNTRUSTED_CLIENT_ADDRESS;
}
