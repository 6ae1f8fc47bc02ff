import type { RateLimitRule } from "@/lib/integrations/core/rate-limit";

/**
 * Client-side rate limiting: one bucket per (vendor, account, rule group), shared by every
 * client in the process, so two syncs for the same seller account split one budget.
 *
 * Requests reserve a token and wait for it rather than fail; reservations may drive the
 * bucket negative, which queues callers fairly in arrival order.
 */

// Requests reach the vendor a few ms after we send them, and that latency varies. Refilling
// a little slower than documented keeps us from ever looking faster than the limit to the
// vendor: 3% slower plus up to 15 ms per token absorbs loopback and LAN jitter. The allowance is
// capped at 15% of the token period so fast limits (Ozon's 50/s) keep most of their throughput.
const REFILL_SLOWDOWN = 1.03;
const JITTER_ALLOWANCE_MS = 15;
const JITTER_ALLOWANCE_SHARE = 0.15;

export class ClientTokenBucket {
  private tokens: number;
  private updatedAt: number;
  readonly periodMs: number;
  readonly capacity: number;

  constructor(
    rule: Pick<RateLimitRule, "limit" | "intervalMs" | "burst">,
    private readonly nowMs = () => performance.now(),
  ) {
    // Keep a tenth of the vendor's burst (at least one token) in reserve: requests delayed on their
    // way (a busy event loop, a slow network hop) then land beside later ones without finding the
    // vendor's bucket empty.
    const burst = Math.max(1, rule.burst ?? rule.limit);
    this.capacity = burst > 1 ? burst - Math.max(1, Math.ceil(burst * 0.1)) : 1;
    const basePeriodMs = rule.intervalMs / rule.limit;
    this.periodMs = basePeriodMs * REFILL_SLOWDOWN + Math.min(JITTER_ALLOWANCE_MS, basePeriodMs * JITTER_ALLOWANCE_SHARE);
    this.tokens = this.capacity;
    this.updatedAt = nowMs();
  }

  /** Reserves `cost` tokens; resolves once they are ours. Aborting gives the reservation back. */
  async acquire(cost = 1, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    this.refill();
    this.tokens -= cost;
    const waitMs = this.tokens < 0 ? -this.tokens * this.periodMs : 0;
    if (waitMs <= 0) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, waitMs);
      const onAbort = () => {
        clearTimeout(timer);
        this.tokens += cost;
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Charges tokens after the fact (e.g. a 4xx answer that the vendor counts several times). */
  charge(cost: number): void {
    this.refill();
    this.tokens -= cost;
  }

  /** The vendor told us to wait: nobody on this bucket gets a token before `delayMs` passes. */
  pauseFor(delayMs: number): void {
    this.refill();
    this.tokens = Math.min(this.tokens, 1 - delayMs / this.periodMs);
  }

  private refill(): void {
    const now = this.nowMs();
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) / this.periodMs);
    this.updatedAt = now;
  }
}

const buckets = new Map<string, ClientTokenBucket>();
let enabled = true;

/** Benchmarks switch client-side limiting off process-wide (the sandbox then runs with limits off too). */
export function setClientRateLimitsEnabled(value: boolean): void {
  enabled = value;
}

export function findRateLimitRule(rules: RateLimitRule[], method: string, pathname: string): RateLimitRule | undefined {
  return rules.find((rule) => rule.match(method, pathname));
}

/** The shared bucket for an account's rule group, or undefined when limiting is off. */
export function bucketFor(vendor: string, accountKey: string, rule: RateLimitRule): ClientTokenBucket | undefined {
  if (!enabled) return undefined;
  const key = `${vendor}\u0000${accountKey}\u0000${rule.group}`;
  let bucket = buckets.get(key);
  if (!bucket) {
    bucket = new ClientTokenBucket(rule);
    buckets.set(key, bucket);
  }
  return bucket;
}
