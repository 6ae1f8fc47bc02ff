import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";
import { authSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce, originOf } from "@/lib/security/content-security-policy";

/**
 * Every page request passes here first.
 *
 * - Signed-out visitors of app pages go to /login. Only the edge-safe config is loaded: the JWT
 *   is verified, nothing else. API routes and server actions check the session, organisation
 *   and role themselves.
 * - Every page gets a Content-Security-Policy with a fresh nonce. The same policy goes to the
 *   renderer as a request header, which is how Next.js learns the nonce for its own scripts
 *   (lib/security/content-security-policy.ts).
 */
const { auth } = NextAuth(() => ({ ...authConfig, secret: authSecret() }));
const checkSession = auth as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

/** Pages answer GET and HEAD, and POST for server actions; nothing else (TRACE never gets here: patches/next+16.4.5.patch). */
const PAGE_METHODS = ["GET", "HEAD", "POST"];

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (!PAGE_METHODS.includes(request.method)) {
    return new Response(null, { status: 405, headers: { allow: PAGE_METHODS.join(", ") } });
  }
  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    development: env.NODE_ENV === "development",
    https: env.APP_URL.startsWith("https:"),
    connectOrigins: originOf(env.S3_ENDPOINT),
  });
  const checked = await checkSession(request, event);
  // Anything but "go on" (the redirect to /login) is answered as Auth.js made it.
  if (checked.headers.get("x-middleware-next") !== "1") {
    checked.headers.set("content-security-policy", policy);
    return checked;
  }
  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const cookie of checked.headers.getSetCookie()) response.headers.append("set-cookie", cookie);
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Everything except API routes, Next internals and files with an extension (icons, images).
  matcher: ["/((?!api/|_next/|.*\\.[\\w]+$).*)"],
};
