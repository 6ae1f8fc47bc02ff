import type { RateLimitDecision, SandboxRateRule } from "@/devtools/sandbox/core/types";

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * The sandbox's enforcement of vendor rate limits: token buckets with continuous refill,
 * keyed by whatever the vendor chooses (usually account + method group). A bucket may go
 * into debt when a penalty is charged, which is how WB's "a 4xx costs 10 requests" behaves.
 */
export class SandboxRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  /** `nowMs` must be monotonic; the server passes real elapsed time plus manual clock advances. */
  constructor(
    private readonly nowMs: () => number = () => performance.now(),
    private enabled = true,
  ) {}

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
  }

  take(key: string, rule: SandboxRateRule, cost = 1): RateLimitDecision {
    if (!this.enabled) return { ok: true };
    const bucket = this.refill(key, rule);
    const capacity = rule.burst ?? rule.limit;
    // A request costing more than the whole bucket could never pass; let it through once the bucket is full.
    const needed = Math.min(cost, capacity);
    if (bucket.tokens >= needed) {
      bucket.tokens -= cost;
      return { ok: true };
    }
    const perMs = rule.limit / rule.intervalMs;
    return { ok: false, retryAfterMs: Math.max(1, Math.ceil((needed - bucket.tokens) / perMs)) };
  }

  charge(key: string, rule: SandboxRateRule, cost: number): void {
    if (!this.enabled) return;
    this.refill(key, rule).tokens -= cost;
  }

  reset(): void {
    this.buckets.clear();
  }

  private refill(key: string, rule: SandboxRateRule): Bucket {
    const now = this.nowMs();
    const capacity = rule.burst ?? rule.limit;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: capacity, updatedAt: now };
      this.buckets.set(key, bucket);
      return bucket;
    }
    const elapsed = Math.max(0, now - bucket.updatedAt);
    bucket.tokens = Math.min(capacity, bucket.tokens + (elapsed * rule.limit) / rule.intervalMs);
    bucket.updatedAt = now;
    return bucket;
  }
}
