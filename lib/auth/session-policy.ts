import { env } from "@/lib/env";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * How long a server-side session lives. The absolute lifetime runs from sign-in and is never
 * renewed by use, so a stolen token dies on schedule however busy it is kept; the idle limit
 * ends a session nobody has used for a while; step-up asks for a fresh SMS code before
 * sensitive owner actions once the last code is older than `stepUpMs`.
 */
export interface SessionPolicy {
  absoluteMs: number;
  idleMs: number;
  stepUpMs: number;
  /** lastSeenAt is written at most this often: one small update per few minutes, not per request. */
  touchEveryMs: number;
}

export function sessionPolicy(): SessionPolicy {
  return {
    absoluteMs: env.SESSION_MAX_AGE_DAYS * DAY,
    idleMs: env.SESSION_IDLE_DAYS * DAY,
    stepUpMs: env.STEP_UP_MAX_AGE_MINUTES * MINUTE,
    touchEveryMs: 5 * MINUTE,
  };
}

export interface SessionTimes {
  expiresAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
}

export type SessionState = "live" | "ended" | "expired" | "idle";

export function sessionState(session: SessionTimes, now: Date, policy: SessionPolicy): SessionState {
  if (session.endedAt) return "ended";
  if (session.expiresAt.getTime() <= now.getTime()) return "expired";
  if (session.lastSeenAt.getTime() + policy.idleMs <= now.getTime()) return "idle";
  return "live";
}

export function sessionNeedsTouch(session: { lastSeenAt: Date }, now: Date, policy: SessionPolicy): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= policy.touchEveryMs;
}

export function sessionExpiry(signedInAt: Date, policy: SessionPolicy): Date {
  return new Date(signedInAt.getTime() + policy.absoluteMs);
}

/** True when the last SMS code (sign-in or step-up) is recent enough for a sensitive action. */
export function isRecentlyAuthenticated(session: { reauthenticatedAt: Date }, now: Date, policy: SessionPolicy): boolean {
  return now.getTime() - session.reauthenticatedAt.getTime() < policy.stepUpMs;
}
