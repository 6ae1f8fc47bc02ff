import { createClock, type ClockMode, type SandboxClock } from "@/devtools/sandbox/core/clock";
import { createRng } from "@/devtools/sandbox/core/prng";
import { SandboxRateLimiter } from "@/devtools/sandbox/core/rate-limiter";
import type { SandboxContext } from "@/devtools/sandbox/core/types";

export interface SandboxContextOptions {
  seed?: number;
  scale?: number;
  rateLimits?: "enforce" | "off";
  clock?: ClockMode;
  startAt?: Date;
}

export interface SandboxRuntime {
  ctx: SandboxContext;
  clock: SandboxClock;
  rateLimiter: SandboxRateLimiter;
  /** Moves the virtual clock; rate-limit buckets refill by the same amount. */
  advanceClock(ms: number): void;
}

/**
 * Builds the context vendors see. Exported on its own so vendor tests can call handlers
 * directly, without HTTP, on exactly the context the server would give them.
 */
export function createSandboxRuntime(options: SandboxContextOptions = {}): SandboxRuntime {
  const seed = options.seed ?? 42;
  const clock = createClock(options.clock ?? "real", options.startAt);
  // Buckets refill with real elapsed time (clients wait in real time) plus any manual advance,
  // so a test can jump past a rate-limit window with advanceClock.
  let advancedMs = 0;
  const rateLimiter = new SandboxRateLimiter(() => performance.now() + advancedMs, options.rateLimits !== "off");
  const ctx: SandboxContext = {
    seed,
    scale: options.scale ?? 2000,
    now: () => clock.now(),
    rng: (...keys) => createRng(seed, ...keys),
    rateLimit: (key, rule, cost) => rateLimiter.take(key, rule, cost),
    chargeRateLimit: (key, rule, cost) => rateLimiter.charge(key, rule, cost),
  };
  return {
    ctx,
    clock,
    rateLimiter,
    advanceClock(ms) {
      clock.advance(ms);
      advancedMs += ms;
    },
  };
}
