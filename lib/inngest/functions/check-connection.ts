import { db } from "@/lib/db";
import { inngest } from "@/lib/inngest/client";
import { connectionCheckRequested } from "@/lib/inngest/events";
import { healthChangedEvent } from "@/lib/inngest/health-events";
import { runConnectionCheck } from "@/lib/health/check-connection";

/** One connection's live check, at most one at a time per connection. */
export const checkConnection = inngest.createFunction(
  {
    id: "check-connection",
    name: "Check a connection",
    triggers: [connectionCheckRequested],
    retries: 2,
    concurrency: { key: "event.data.connectionId", limit: 1 },
  },
  async ({ event, step }) => {
    const transition = await step.run("check", () => runConnectionCheck({ db, ...event.data }));
    if (transition) await step.sendEvent("health-changed", healthChangedEvent(transition));
    return { changed: Boolean(transition), state: transition?.toState };
  },
);
