import { db } from "@/lib/db";
import { inngest } from "@/lib/inngest/client";
import { connectionCheckRequested } from "@/lib/inngest/events";
import { healthChangedEvent } from "@/lib/inngest/health-events";
import { listSyncableConnectionsAcrossOrganizations } from "@/lib/data/admin/list-syncable-connections-across-organizations";
import { listUnalertedTransitionsAcrossOrganizations } from "@/lib/data/admin/list-unalerted-transitions-across-organizations";
import { listIntegrations } from "@/lib/integrations/all";

const CHECK_EVERY_MS = 15 * 60_000;

/**
 * Every 15 minutes: a live check for every active connection of every provider in the registry
 * (failed tokens included: a check is how they recover), and a retry of any health alert whose
 * event was lost or whose change was recorded outside Inngest (the CLI).
 */
export const scheduleHealthChecks = inngest.createFunction(
  { id: "schedule-health-checks", name: "Schedule connection health checks", triggers: [{ cron: "*/15 * * * *" }] },
  async ({ step }) => {
    const slot = Math.floor(Date.now() / CHECK_EVERY_MS);
    let afterId: string | undefined;
    let total = 0;
    for (let page = 0; ; page++) {
      const connections = await step.run(`list-connections-${page}`, () =>
        listSyncableConnectionsAcrossOrganizations({
          db,
          providers: listIntegrations().map((i) => i.id),
          includeAuthFailed: true,
          afterId,
          take: 500,
        }),
      );
      if (connections.length === 0) break;
      await step.sendEvent(
        `request-checks-${page}`,
        connections.map((c) =>
          connectionCheckRequested.create({ organizationId: c.organizationId, connectionId: c.id }, { id: `check-${c.id}-${slot}` }),
        ),
      );
      total += connections.length;
      afterId = connections.at(-1)!.id;
    }
    const unalerted = await step.run("find-unalerted-transitions", () =>
      listUnalertedTransitionsAcrossOrganizations({ db, olderThan: new Date(Date.now() - 2 * 60_000) }),
    );
    if (unalerted.length > 0) await step.sendEvent("re-alert", unalerted.map(healthChangedEvent));
    return { checks: total, realerted: unalerted.length };
  },
);
