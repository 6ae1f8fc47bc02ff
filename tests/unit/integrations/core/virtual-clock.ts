import { setImmediate as realTurn } from "node:timers/promises";
import { vi } from "vitest";

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export interface VirtualClock {
  /** A transport for `createVendorFetch({ fetch })` that tells the clock when a request is on the wire. */
  transport: typeof fetch;
  /** Virtual milliseconds since `start()`. */
  elapsedMs(): number;
  /** Resolves `work`, moving the fake clock from timer to timer whenever no request is on the wire. */
  run<T>(work: Promise<T>): Promise<T>;
}

/**
 * Vendor calls against the in-process sandbox on vitest's fake clock. Client and sandbox share
 * `setTimeout`, `Date` and `performance`, so both see the same virtual time. The clock only jumps
 * to the next timer while no request is in flight: each request therefore leaves and lands at
 * the very instant its timer (token bucket, backoff, Retry-After) planned, and the elapsed time
 * is the schedule itself instead of a wall-clock reading that a busy machine stretches.
 * Call `useRealTimers()` in `afterEach`.
 */
export function startVirtualClock(): VirtualClock {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date", "performance"] });
  const startedAt = performance.now();
  let inFlight = 0;

  const transport: typeof fetch = async (input, init) => {
    inFlight += 1;
    try {
      // The body is read here, so "in flight" covers all of the I/O, not just the headers.
      const res = await fetch(input, init);
      const body = NULL_BODY_STATUSES.has(res.status) ? null : await res.arrayBuffer();
      return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
    } finally {
      inFlight -= 1;
    }
  };

  async function run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const watched = work.finally(() => {
      settled = true;
    });
    watched.catch(() => {});
    while (!settled) {
      // A real event-loop turn: socket I/O progresses and every pending microtask drains.
      await realTurn();
      if (!settled && inFlight === 0) await vi.advanceTimersToNextTimerAsync();
    }
    return work;
  }

  return { transport, elapsedMs: () => performance.now() - startedAt, run };
}
