import type { NextAuthConfig } from "next-auth";

/**
 * The edge-safe half of the auth setup: no database, no Node crypto. proxy.ts builds its
 * session check from this alone; auth.ts adds the SMS-code provider on top.
 *
 * The JWT carries only the user id, phone and the id of its server-side session. The session
 * row, roles and the platform-admin flag are read from the database on every request
 * (lib/auth/session.ts), so signing out, a block or removing a member takes effect at once
 * instead of when the token expires. The cookie's own lifetime is only an upper bound: the
 * session row's absolute and idle limits decide (lib/auth/session-policy.ts).
 */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Pages anyone may open. Everything else needs a session (API routes check for themselves). */
const PUBLIC_PATHS = ["/login"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export const authConfig = {
  pages: { signIn: "/login", error: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Self-hosted behind our own proxy: the Host header decides the callback URLs.
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const signedIn = Boolean(auth?.user?.id);
      const { pathname } = request.nextUrl;
      // A valid JWT may name a session that has ended (sign-out, a block): only the database
      // knows, so the login page itself sends live sessions on (app/(auth)/login/page.tsx).
      if (isPublicPath(pathname)) return true;
      // false → Auth.js redirects to pages.signIn with a callbackUrl back here.
      return signedIn;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.phone = user.phone;
        // The server-side session opened at sign-in (lib/auth/start-session.ts).
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.phone === "string") session.user.phone = token.phone;
      if (typeof token.sid === "string") session.sessionId = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
