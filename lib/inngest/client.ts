import { Inngest } from "inngest";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * The app's Inngest client. Where it sends events and who runs the functions is configuration
 * only: in development INNGEST_DEV=1 and INNGEST_BASE_URL point at the local executor
 * (`npm run dev` starts it); in production INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY select
 * Inngest Cloud, or INNGEST_BASE_URL a self-hosted Inngest server.
 */
export const inngest = new Inngest({
  id: "seller-dashboard",
  isDev: env.INNGEST_DEV === "1" || env.INNGEST_DEV === "true" ? true : undefined,
  baseUrl: env.INNGEST_BASE_URL,
  eventKey: env.INNGEST_EVENT_KEY,
  logger: logger.child({ component: "inngest" }),
});
