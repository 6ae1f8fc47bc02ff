import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/auth.config";
import { authSecret } from "@/lib/auth/secret";

/**
 * Sends signed-out visitors of app pages to /login (and signed-in visitors of /login to the
 * app). Only the edge-safe config is loaded here: the JWT is verified, nothing else. API routes
 * and server actions check the session, organisation and role themselves.
 */
const { auth } = NextAuth(() => ({ ...authConfig, secret: authSecret() }));

export default auth;

export const config = {
  // Everything except API routes, Next internals and files with an extension (icons, images).
  matcher: ["/((?!api/|_next/|.*\\.[\\w]+$).*)"],
};
