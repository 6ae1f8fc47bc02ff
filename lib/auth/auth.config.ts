import type { NextAuthConfig } from "next-auth";

/**
 * The edge-safe half of the auth setup: no database, no Node crypto. proxy.ts builds its
 * session check from this alone; auth.ts adds the SMS-code provider on top.
 *
 * The JWT carries only the user id and phone. Roles and the platform-admin flag are read from
 * the database on every request (lib/auth/session.ts), so removing a member or an admin
 * takes effect at once instead of when the token expires.
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
      if (isPublicPath(pathname)) {
        return signedIn ? Response.redirect(new URL("/overview", request.nextUrl)) : true;
      }
      // false → Auth.js redirects to pages.signIn with a callbackUrl back here.
      return signedIn;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.phone = (user as { phone?: string }).phone;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.phone === "string") session.user.phone = token.phone;
      return session;
    },
  },
} satisfies NextAuthConfig;
