import { inngest } from "@/lib/inngest/client";
import { syncRequested } from "@/lib/inngest/events";
import type { SyncResourceName } from "@/lib/connections/sync-resources";

/**
 * "Sync now": queues a sync of one resource (or all four) for a connection. The caller has
 * checked that the connection belongs to the caller's organisation. Returns the event ids;
 * the SyncRun appears (and shows progress) once the function starts.
 */
export async function requestSync(options: {
  organizationId: string;
  connectionId: string;
  resources: SyncResourceName[];
}): Promise<string[]> {
  const { ids } = await inngest.send(
    options.resources.map((resource) =>
      syncRequested.create({ organizationId: options.organizationId, connectionId: options.connectionId, resource, trigger: "manual" }),
    ),
  );
  return ids;
}
