import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { authUncached } from "@/lib/auth/auth";
import { resolveActiveOrganization } from "@/lib/auth/active-organization";
import { checkMembership } from "@/lib/auth/membership";
import { hasRole, type Role } from "@/lib/auth/roles";
import { resolveSession, type SessionRecord } from "@/lib/auth/resolve-session";
import { sessionPolicy } from "@/lib/auth/session-policy";
import { db } from "@/lib/db";
import type { SessionUserRecord } from "@/lib/data/users/upsert-user-by-phone";
import { AppError, isAppError } from "@/lib/errors/app-error";

/**
 * Session and membership checks for server components, server actions and route handlers.
 * Every action and route handler calls requireMembership (or requireSession / requirePlatformAdmin)
 * itself; the proxy's redirect to /login is a convenience, not the security boundary.
 */
export interface AppSession {
  user: SessionUserRecord;
  /** The server-side session the JWT names (lib/auth/resolve-session.ts). */
  session: SessionRecord;
}

export interface MembershipContext extends AppSession {
  organizationId: string;
  organization: { id: string; name: string; slug: string };
  role: Role;
  membershipId: string;
}

/** What the JWT names (signature checked, nothing else yet). Once per request. */
const getSessionToken = cache(async () => {
  const token = await authUncached();
  return token?.user?.id ? { userId: token.user.id, sessionId: token.sessionId } : null;
});

/**
 * The signed-in user and their session as the database knows them now, or null: a valid JWT
 * whose session was ended (sign-out, sign-out everywhere, a block), expired or went idle is
 * worth nothing. Once per request (React cache).
 */
export const getSession = cache(async (): Promise<AppSession | null> => {
  const token = await getSessionToken();
  if (!token) return null;
  return resolveSession({ db, userId: token.userId, sessionId: token.sessionId, now: new Date(), policy: sessionPolicy() });
});

/** Throws AppError("unauthenticated") without a live session. */
export async function requireSession(): Promise<AppSession> {
  const session = await getSession();
  if (!session) throw new AppError("unauthenticated", "no session");
  return session;
}

export async function requirePlatformAdmin(): Promise<AppSession> {
  const session = await requireSession();
  // A non-admin gets not_found: the admin area does not exist for them.
  if (!session.user.isPlatformAdmin) throw new AppError("not_found", "not a platform admin");
  return session;
}

/**
 * The caller's membership of `organizationId` (or of their active organisation when omitted),
 * with at least `minRole`. Throws AppError: unauthenticated (401), not_found (404: not a
 * member or no such organisation, so forged ids look like missing ones), forbidden (403),
 * no_organization (the user has not created or joined one). Reads only; writes nothing.
 */
export async function requireMembership(options: { organizationId?: string; minRole?: Role } = {}): Promise<MembershipContext> {
  const minRole = options.minRole ?? "viewer";
  const token = await getSessionToken();
  if (!token) throw new AppError("unauthenticated", "no session");
  // The session and the memberships at once: both need only the user id the JWT names, and
  // the memberships are used only once the session has proved live.
  const [session, switcher] = await Promise.all([
    requireSession(),
    options.organizationId ? null : getOrganizationsForSwitcher(token.userId),
  ]);
  if (switcher) {
    // The active organisation is one of the user's own memberships (the cookie only selects among them).
    const active = switcher.active;
    if (!active) throw new AppError("no_organization", "user has no organisation yet");
    if (!hasRole(active.role, minRole)) {
      throw new AppError("forbidden", `role ${active.role} is below ${minRole}`, { params: { role: active.role } });
    }
    return {
      ...session,
      organizationId: active.organizationId,
      organization: { id: active.organizationId, name: active.name, slug: active.slug },
      role: active.role,
      membershipId: active.membershipId,
    };
  }
  const membership = await checkMembership({ db, userId: session.user.id, organizationId: options.organizationId!, minRole });
  return {
    ...session,
    organizationId: membership.organization.id,
    organization: membership.organization,
    role: membership.role,
    membershipId: membership.id,
  };
}

/** The user's organisations and the active one, for the header's switcher. Once per request. */
export const getOrganizationsForSwitcher = cache(async (userId: string) => resolveActiveOrganization(db, userId));

/**
 * requireMembership for pages: no session → /login, no organisation yet → /onboarding,
 * another tenant's id → the 404 page. A too-low role is returned as `allowed: false`, so a page
 * can show a read-only view instead of an error.
 */
export async function requirePageMembership(options: { organizationId?: string; minRole?: Role } = {}) {
  try {
    const context = await requireMembership({ organizationId: options.organizationId, minRole: "viewer" });
    return { ...context, allowed: hasRole(context.role, options.minRole ?? "viewer") };
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "unauthenticated") redirect("/login");
      if (error.code === "no_organization") redirect("/onboarding");
      if (error.code === "not_found") notFound();
    }
    throw error;
  }
}

/** getSession for pages: redirects to /login without one. */
export async function requirePageSession(): Promise<AppSession> {
  const session = await getSession();
  if (!session) redirect("/login");
  return session;
}
