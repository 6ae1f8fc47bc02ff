"use server";

import { requireMembership } from "@/lib/auth/session";
import { getConnection } from "@/lib/data/connections/get-connection";
import { ConnectionError } from "@/lib/data/connections/errors";
import { AppError } from "@/lib/errors/app-error";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { getIntegration } from "@/lib/integrations/all";
import { requestSync } from "@/lib/sync/request-sync";
import type { SyncResourceName } from "@/lib/sync/resources";
import { syncNowSchema } from "@/lib/validations/connections";
import { syncableResources } from "@/lib/actions/connections/shared";

/**
 * Manager or owner: "Sync now" for one resource or all of them. Returns the instant it asked,
 * so the page can poll the runs queued since then and show their progress live.
 */
export async function syncConnectionAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ requestedAt: string; resources: SyncResourceName[] }>> {
  try {
    const { organizationId } = await requireMembership({
      organizationId: String(formData.get("organizationId") ?? ""),
      minRole: "manager",
    });
    const input = syncNowSchema.safeParse(formDataToObject(formData));
    if (!input.success) return localizedValidationFailure(input.error);
    const connection = await getConnection({ organizationId, connectionId: input.data.connectionId });
    if (!connection) throw new ConnectionError("not_found", "Connection not found");
    if (connection.status === "disabled")
      throw new AppError("conflict", "connection is disabled", { params: { reason: "connectionDisabled" } });
    const available = syncableResources(getIntegration(connection.provider));
    const resources = input.data.resource === "all" ? available : available.filter((r) => r === input.data.resource);
    if (resources.length === 0) throw new AppError("invalid_input", `provider ${connection.provider} does not sync ${input.data.resource}`);
    // A second of slack: the run's queuedAt comes from the database clock.
    const requestedAt = new Date(Date.now() - 1000).toISOString();
    await requestSync({ organizationId, connectionId: connection.id, resources });
    return actionSuccess({ requestedAt, resources });
  } catch (error) {
    return actionFailureFrom(error, { action: "syncConnection" });
  }
}
