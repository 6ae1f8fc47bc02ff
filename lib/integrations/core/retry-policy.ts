import { ExponentialBackoff, fullJitterGenerator, type IBackoff } from "cockatiel";
import { retryAfterMs } from "@/lib/integrations/core/retry-after";

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/** Header a client sets on read-only POSTs (vendors' list endpoints); stripped before sending. */
export const RETRY_SAFE_HEADER = "x-retry-safe";

/**
 * A request may be sent twice without side effects when its method is idempotent, when it
 * carries an idempotency key the vendor deduplicates on, or when the client vouches for it.
 */
export function isRetrySafe(method: string, headers: Headers): boolean {
  return (
    IDEMPOTENT_METHODS.has(method) ||
    headers.has("idempotence-key") ||
    headers.has("idempotency-key") ||
    headers.get(RETRY_SAFE_HEADER) === "1"
  );
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * The retry budget of one call: bounded attempts and bounded total waiting. The vendor's own
 * Retry-After wins over our backoff; when it asks for more than the budget allows we stop,
 * and the caller reports `rate_limited` with the vendor's retry time instead of blocking.
 */
export class RetryBudget {
  private waitedMs = 0;
  private backoff: IBackoff<unknown> | undefined;
  private readonly factory = new ExponentialBackoff({ generator: fullJitterGenerator, initialDelay: 200, maxDelay: 10_000 });
  /** The delay chosen for the retry about to happen; read by cockatiel's backoff. */
  plannedDelayMs = 0;

  constructor(
    private readonly maxAttempts: number,
    private readonly maxWaitMs: number,
  ) {}

  /** Decides whether attempt number `attempt` (1-based) may be followed by another, and after how long. */
  allowRetry(attempt: number, serverWaitMs?: number): boolean {
    if (attempt >= this.maxAttempts) return false;
    const delay = serverWaitMs ?? this.nextBackoff();
    if (this.waitedMs + delay > this.maxWaitMs) return false;
    this.plannedDelayMs = delay;
    return true;
  }

  /** Called by cockatiel right before it sleeps. */
  consume(): number {
    this.waitedMs += this.plannedDelayMs;
    return this.plannedDelayMs;
  }

  static serverWait(res: Response): number | undefined {
    return retryAfterMs(res.headers);
  }

  private nextBackoff(): number {
    this.backoff = this.backoff ? this.backoff.next(undefined) : this.factory.next();
    return this.backoff.duration;
  }
}
