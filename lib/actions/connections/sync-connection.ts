"use server";

import { orgAction } from "@/lib/actions/define-action";
import { syncableResources } from "@/lib/connections/sync-resources";
import { ConnectionError } from "@/lib/connections/errors";
import { db } from "@/lib/db";
import { getConnection } from "@/lib/data/connections/get-connection";
import { AppError } from "@/lib/errors/app-error";
import { getIntegration } from "@/lib/integrations/all";
import { requestSync } from "@/lib/inngest/request-sync";
import type { SyncResourceName } from "@/lib/connections/sync-resources";
import { syncNowSchema } from "@/lib/validations/connections";

/**
 * Manager or owner: "Sync now" for one resource or all of them. Returns the instant it asked,
 * so the page can poll the runs queued since then and show their progress live.
 */
export const syncConnectionAction = orgAction(
  { minRole: "manager", schema: syncNowSchema, name: "syncConnection" },
  async ({ organizationId, input }): Promise<{ requestedAt: string; resources: SyncResourceName[] }> => {
    const connection = await getConnection({ db, organizationId, connectionId: input.connectionId });
    if (!connection) throw new ConnectionError("not_found", "Connection not found");
    if (connection.status === "disabled")
      throw new AppError("conflict", "connection is disabled", { params: { reason: "connectionDisabled" } });
    const available = syncableResources(getIntegration(connection.provider));
    const resources = input.resource === "all" ? available : available.filter((r) => r === input.resource);
    if (resources.length === 0) throw new AppError("invalid_input", `provider ${connection.provider} does not sync ${input.resource}`);
    // A second of slack: the run's queuedAt comes from the database clock.
    const requestedAt = new Date(Date.now() - 1000).toISOString();
    await requestSync({ organizationId, connectionId: connection.id, resources });
    return { requestedAt, resources };
  },
);
