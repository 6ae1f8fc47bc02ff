import { ExponentialBackoff, handleWhen, retry } from "cockatiel";
import { isIntegrationError, type IntegrationError } from "@/lib/integrations/core/errors";

/**
 * What a failed page means, decided here for both drivers (the foreground loop and the Inngest
 * step). The HTTP client has already retried what a transport retry can fix (timeouts, 5xx,
 * 429 within its budget); what reaches this module is the page's failure.
 * - fatal: a rejected token, a missing category or a request the vendor refuses will fail the
 *   same way again; retrying only burns the seller's rate limit (a retry storm on a revoked
 *   token), so the run fails at once.
 * - retry-after: the vendor said when (a rate limit, an open circuit).
 * - retry: anything else may pass on another try, after the driver's backoff.
 */
export type FailureDecision = { kind: "fatal"; error: IntegrationError } | { kind: "retry-after"; at: Date } | { kind: "retry" };

/** Whatever a page threw: a caught value has no static type, so the policy takes what isIntegrationError takes. */
export type CaughtError = Parameters<typeof isIntegrationError>[0];

const FATAL_CODES = new Set(["auth_failed", "forbidden_scope", "bad_request", "not_found"]);

export function decideFailure(error: CaughtError): FailureDecision {
  if (!isIntegrationError(error)) return { kind: "retry" };
  if (FATAL_CODES.has(error.code)) return { kind: "fatal", error };
  if (error.retryAt) return { kind: "retry-after", at: error.retryAt };
  return { kind: "retry" };
}

/** How long to wait before the next attempt when the vendor said (undefined: the driver's own backoff). */
export function retryAfterDelayMs(decision: FailureDecision, now = Date.now()): number | undefined {
  return decision.kind === "retry-after" ? Math.max(0, decision.at.getTime() - now) : undefined;
}

/**
 * A page whose body broke the contract (truncated, garbled) is fetched again at once, a bounded
 * number of times, before the page fails: such a body is usually a cut connection, not a vendor
 * change. Other errors pass straight through.
 */
export function withContractRetry<T>(fn: () => Promise<T>, options: { attempts?: number; initialDelayMs?: number } = {}): Promise<T> {
  const attempts = options.attempts ?? 3;
  const policy = retry(
    handleWhen((e) => isIntegrationError(e) && e.code === "contract_violation"),
    { maxAttempts: attempts - 1, backoff: new ExponentialBackoff({ initialDelay: options.initialDelayMs ?? 100, maxDelay: 2_000 }) },
  );
  return policy.execute(() => fn());
}
