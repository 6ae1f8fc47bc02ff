import { inngest } from "@/lib/inngest/client";
import { syncRequested } from "@/lib/inngest/events";
import { db } from "@/lib/db";
import { listDueSyncsAcrossOrganizations } from "@/lib/data/admin/list-due-syncs-across-organizations";
import { dueSyncOptions, RESOURCE_SCHEDULES } from "@/lib/connections/sync-resources";

const EVENTS_PER_SEND = 500;

/**
 * The sync scheduler: every 5 minutes, one `sync.requested` per (connection, resource) whose
 * schedule is due (orders every 30 min, stocks and sales hourly, products every 6 h). Event ids
 * name the schedule slot, so a duplicate tick enqueues nothing twice.
 */
export const scheduleSyncs = inngest.createFunction(
  { id: "schedule-syncs", name: "Schedule marketplace syncs", triggers: [{ cron: "*/5 * * * *" }] },
  async ({ step }) => {
    const due = await step.run("find-due-syncs", async () => {
      const now = new Date();
      return (await listDueSyncsAcrossOrganizations({ db, now, ...dueSyncOptions() })).map((d) => ({
        ...d,
        slot: Math.floor(now.getTime() / RESOURCE_SCHEDULES[d.resource].everyMs),
      }));
    });
    for (let i = 0; i < due.length; i += EVENTS_PER_SEND) {
      const events = due
        .slice(i, i + EVENTS_PER_SEND)
        .map(({ slot, ...d }) =>
          syncRequested.create({ ...d, trigger: "schedule" }, { id: `sync-${d.connectionId}-${d.resource}-${slot}` }),
        );
      await step.sendEvent(`enqueue-${i / EVENTS_PER_SEND}`, events);
    }
    return { enqueued: due.length };
  },
);
