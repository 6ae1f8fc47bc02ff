import { IntegrationError, isIntegrationError } from "@/lib/integrations/core";
import type { CheckResult } from "@/lib/integrations/types";
import { connectWildberries, WB_VENDOR, type WildberriesClientOptions } from "@/lib/integrations/wildberries/client";
import { ping } from "@/lib/integrations/wildberries/operations";
import type { WbHost } from "@/lib/integrations/wildberries/rate-limits";
import { decodeWildberriesToken, missingCategories, WildberriesTokenError } from "@/lib/integrations/wildberries/token";
import { WB_NEEDED_CATEGORIES, type WbTokenCategory } from "@/lib/integrations/wildberries/token-categories";

/** The host whose /ping proves each needed category (the category must match the host). */
const HOST_OF: Partial<Record<WbTokenCategory, WbHost>> = {
  content: "content",
  statistics: "statistics",
  analytics: "analytics",
  marketplace: "marketplace",
};

/**
 * Connect-time check: decode the JWT (expiry, categories), then a live /ping on the host of
 * every needed category the token has, in parallel. Missing categories fail the check and
 * are named, since the sync of that resource could not work.
 */
export async function checkWildberriesConnection(
  credentials: { token: string },
  options: WildberriesClientOptions = {},
): Promise<CheckResult> {
  const started = performance.now();
  let info;
  try {
    info = decodeWildberriesToken(credentials.token);
  } catch (error) {
    if (!(error instanceof WildberriesTokenError)) throw error;
    // The decoder's reason stays in the error for logs; the person reads the catalogue's text.
    const failure = new IntegrationError({ code: "auth_failed", vendor: WB_VENDOR, message: error.message, cause: error });
    return { ok: false, latencyMs: 0, error: failure, message: { key: "wildberries.notAToken" } };
  }
  const base = { expiresAt: info.expiresAt, scopes: info.categories, missingScopes: missingCategories(info) };
  if (info.expiresAt.getTime() <= Date.now()) {
    return { ...base, ok: false, latencyMs: 0, message: { key: "wildberries.tokenExpired" } };
  }

  const wb = connectWildberries(credentials, options);
  const hosts = WB_NEEDED_CATEGORIES.filter((c) => info.categories.includes(c)).flatMap((c) => HOST_OF[c] ?? []);
  const results = await Promise.allSettled(hosts.map((host) => ping(wb, host)));
  const latencyMs = Math.round(performance.now() - started);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) {
    const error = isIntegrationError(failed.reason)
      ? failed.reason
      : new IntegrationError({ code: "vendor_unavailable", vendor: WB_VENDOR, message: String(failed.reason) });
    return { ...base, ok: false, latencyMs, error, message: { key: "wildberries.rejected" } };
  }
  if (base.missingScopes.length > 0) {
    return { ...base, ok: false, latencyMs, message: { key: "wildberries.missingCategories", scopes: base.missingScopes } };
  }
  return { ...base, ok: true, latencyMs, message: { key: "connected" } };
}
