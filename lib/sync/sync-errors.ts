import { isIntegrationError, type IntegrationError } from "@/lib/integrations/core/errors";

/**
 * Which failures a retry can fix. A rejected token, a missing category or a request the vendor
 * refuses will fail the same way again: retrying only burns the seller's rate limit (a retry
 * storm on a revoked token), so those fail the run at once.
 */
const FATAL_CODES = new Set(["auth_failed", "forbidden_scope", "bad_request", "not_found"]);

export function isFatalSyncError(error: unknown): error is IntegrationError {
  return isIntegrationError(error) && FATAL_CODES.has(error.code);
}

/** How long to wait before retrying a page, when the vendor said (rate limit, open circuit). */
export function retryDelayMs(error: unknown, now = Date.now()): number | undefined {
  if (!isIntegrationError(error) || !error.retryAt) return undefined;
  return Math.max(0, error.retryAt.getTime() - now);
}
