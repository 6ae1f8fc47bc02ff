import { inngest } from "@/lib/inngest/client";
import { syncRequested } from "@/lib/inngest/events";
import { healthChangedEvent } from "@/lib/inngest/health-events";
import { db, sqlPool } from "@/lib/db";
import { beginSyncRun } from "@/lib/sync/begin-sync-run";
import { completeSyncRun, failSyncRunOfInngestRun } from "@/lib/sync/finish-sync-run";
import { runSyncPageStep } from "@/lib/sync/page-step";

/** Inngest caps steps per run; a longer listing continues in a fresh run from the stored cursor. */
export const MAX_PAGES_PER_RUN = 400;

/**
 * Syncs one resource of one connection: a step to begin, one step per page (its rows and the
 * cursor committed together), a step to complete. Keyed flow control per connection: one run
 * per resource at a time, at most two resources of a seller at once (each WB host and Ozon
 * method group has its own budget), and a start throttle, so one seller never takes the
 * workers from the others. The vendors' per-second limits are kept by the HTTP client.
 */
export const syncResource = inngest.createFunction(
  {
    id: "sync-resource",
    name: "Sync a marketplace resource",
    triggers: [syncRequested],
    retries: 5,
    concurrency: [
      { key: 'event.data.connectionId + "-" + event.data.resource', limit: 1 },
      { key: "event.data.connectionId", limit: 2 },
    ],
    throttle: { key: "event.data.connectionId", limit: 20, period: "1m" },
    onFailure: async ({ event, error, runId }) => {
      const original = event.data.event.data;
      await failSyncRunOfInngestRun({ db, ...original, inngestRunId: event.data.run_id ?? runId, error });
    },
  },
  async ({ event, step, runId }) => {
    const target = { organizationId: event.data.organizationId, connectionId: event.data.connectionId, resource: event.data.resource };
    const syncRunId =
      event.data.syncRunId ??
      (await step.run("begin", () => beginSyncRun({ db, ...target, trigger: event.data.trigger, inngestRunId: runId }))).syncRunId;

    for (let page = 1; ; page++) {
      const result = await step.run(`page-${page}`, () => runSyncPageStep({ db, sql: sqlPool, ...target, syncRunId }));
      if (result.outcome === "failed") {
        if (result.transition) await step.sendEvent("health-changed", healthChangedEvent(result.transition));
        return { syncRunId, status: "failed", errorCode: result.errorCode };
      }
      if (result.done) break;
      if (page >= MAX_PAGES_PER_RUN) {
        await step.sendEvent("continue", syncRequested.create({ ...event.data, syncRunId }));
        return { syncRunId, status: "continued", pages: page };
      }
    }
    const finished = await step.run("complete", () => completeSyncRun({ db, ...target, syncRunId }));
    if (finished.transition) await step.sendEvent("health-changed", healthChangedEvent(finished.transition));
    return { syncRunId, status: finished.status };
  },
);
