import { db } from "@/lib/db";
import { inngest } from "@/lib/inngest/client";
import { connectionHealthChanged } from "@/lib/inngest/events";
import { claimTransitionAlert, releaseTransitionAlert } from "@/lib/data/health/mark-transition-alerted";
import { deliverHealthAlert } from "@/lib/health/connection-health-alerts";

/** Delivers the alert for a health transition once, to every registered sink. */
export const alertHealthChange = inngest.createFunction(
  { id: "alert-health-change", name: "Alert on a connection health change", triggers: [connectionHealthChanged], retries: 5 },
  async ({ event, step }) => {
    return step.run("deliver", async () => {
      const ids = { db, organizationId: event.data.organizationId, transitionId: event.data.transitionId };
      const alert = await claimTransitionAlert(ids);
      if (!alert) return { delivered: false, reason: "already alerted" };
      try {
        await deliverHealthAlert(alert);
      } catch (error) {
        await releaseTransitionAlert(ids);
        throw error;
      }
      return { delivered: true, toState: alert.toState };
    });
  },
);
