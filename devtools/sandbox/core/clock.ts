/**
 * The sandbox's notion of "now". Real mode follows wall time (shifted so it starts at
 * `startAt` when given); manual mode stands still until advanced, so tests can step through
 * token expiry, rate-limit windows and incremental sync cursors deterministically.
 */
export type ClockMode = "real" | "manual";

export interface SandboxClock {
  now(): Date;
  nowMs(): number;
  advance(ms: number): void;
}

export function createClock(mode: ClockMode, startAt?: Date): SandboxClock {
  const start = startAt?.getTime() ?? Date.now();
  let offsetMs = mode === "real" ? start - Date.now() : 0;
  let manualNow = start;

  const nowMs = () => (mode === "real" ? Date.now() + offsetMs : manualNow);
  return {
    nowMs,
    now: () => new Date(nowMs()),
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError("advanceMs must be a non-negative number");
      if (mode === "real") offsetMs += ms;
      else manualNow += ms;
    },
  };
}
