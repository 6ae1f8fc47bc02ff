import { isRecentlyAuthenticated, sessionPolicy, type SessionPolicy } from "@/lib/auth/session-policy";
import type { SessionRecord } from "@/lib/auth/resolve-session";
import { AppError } from "@/lib/errors/app-error";

/**
 * Step-up for sensitive owner actions: a session older than the step-up window (15 minutes by
 * default) since its last SMS code is answered `reauth_required`; the UI asks for a fresh code
 * (lib/actions/auth/reauthenticate.ts) and retries. The membership and role are checked first,
 * so a caller without the role never gets as far as being asked for a code.
 */
export function requireRecentAuthentication(session: SessionRecord, now: Date = new Date(), policy: SessionPolicy = sessionPolicy()): void {
  if (!isRecentlyAuthenticated(session, now, policy)) {
    throw new AppError("reauth_required", "sensitive action on a stale session", {
      params: { minutes: Math.round(policy.stepUpMs / 60_000) },
    });
  }
}
