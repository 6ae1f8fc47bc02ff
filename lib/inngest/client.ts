import { Inngest } from "inngest";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * Dev mode serves /api/inngest to anyone, unsigned: a forged PUT could re-point the executor and
 * a forged POST run any step for any organisation. It is therefore never used in production,
 * whatever INNGEST_DEV says; there the SDK verifies Inngest's signature on every request with
 * INNGEST_SIGNING_KEY. `npm run dev` runs the same way, with a signing key of its own.
 */
const devMode = env.NODE_ENV !== "production" && (env.INNGEST_DEV === "1" || env.INNGEST_DEV === "true");

/**
 * The app's Inngest client. Where it sends events and who runs the functions is configuration
 * only: INNGEST_BASE_URL points at the local executor (`npm run dev` starts it and signs with a
 * local key) or a self-hosted Inngest server; without it, INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY
 * select Inngest Cloud.
 */
export const inngest = new Inngest({
  id: "seller-dashboard",
  isDev: devMode,
  baseUrl: env.INNGEST_BASE_URL,
  eventKey: env.INNGEST_EVENT_KEY,
  signingKey: env.INNGEST_SIGNING_KEY,
  logger: logger.child({ component: "inngest" }),
});

/**
 * How /api/inngest is served. Every request must be signed, syncs (PUT) included: the SDK's
 * default accepts an unsigned PUT and registers the URL built from the request's Host header.
 * The URL Inngest calls is APP_URL's, whatever Host a request carries.
 */
export const serveOptions = {
  serveOrigin: new URL(env.APP_URL).origin,
  servePath: "/api/inngest",
  enableUnauthedSync: false,
};
