import { alertHealthChange } from "@/lib/inngest/functions/alert-health-change";
import { checkConnection } from "@/lib/inngest/functions/check-connection";
import { pruneSecurityRecords } from "@/lib/inngest/functions/prune-security-records";
import { scheduleHealthChecks } from "@/lib/inngest/functions/schedule-health-checks";
import { scheduleSyncs } from "@/lib/inngest/functions/schedule-syncs";
import { syncResource } from "@/lib/inngest/functions/sync-resource";

export { inngest as client, serveOptions } from "@/lib/inngest/client";

/** Every background function of the app, served at /api/inngest. */
export const functions = [syncResource, scheduleSyncs, scheduleHealthChecks, checkConnection, alertHealthChange, pruneSecurityRecords];
