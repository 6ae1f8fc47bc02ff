import { circuitBreaker, ConsecutiveBreaker, handleWhen, type CircuitBreakerPolicy } from "cockatiel";

export interface CircuitOptions {
  /** Consecutive failed attempts (5xx, network errors, timeouts) that open the circuit. */
  threshold: number;
  /** How long the circuit stays open before one trial call is let through. */
  halfOpenAfterMs: number;
}

export const DEFAULT_CIRCUIT: CircuitOptions = { threshold: 8, halfOpenAfterMs: 30_000 };

export interface AccountCircuit {
  policy: CircuitBreakerPolicy;
  /** When the next trial call will be allowed, if the circuit is open now. */
  retryAt(): Date;
}

const circuits = new Map<string, AccountCircuit>();

/**
 * One breaker per (vendor, account), shared process-wide: a failing seller account stops
 * hammering its vendor without affecting other accounts. Created with the first caller's options.
 */
export function circuitFor(
  vendor: string,
  accountKey: string,
  options: CircuitOptions,
  isFailureError: (error: Error) => boolean,
  isFailureResponse: (res: Response) => boolean,
): AccountCircuit {
  const key = `${vendor}\u0000${accountKey}`;
  const existing = circuits.get(key);
  if (existing) return existing;
  const policy = circuitBreaker(
    handleWhen(isFailureError).orWhenResult((r) => r instanceof Response && isFailureResponse(r)),
    {
      halfOpenAfter: options.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(options.threshold),
    },
  );
  let openedAt = 0;
  policy.onBreak(() => {
    openedAt = Date.now();
  });
  const circuit = { policy, retryAt: () => new Date(Math.max(Date.now(), openedAt + options.halfOpenAfterMs)) };
  circuits.set(key, circuit);
  return circuit;
}

/** Test and admin hook: forget every breaker (e.g. after credentials change). */
export function resetCircuits(): void {
  circuits.clear();
}
