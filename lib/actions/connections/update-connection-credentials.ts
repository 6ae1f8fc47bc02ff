"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireMembership } from "@/lib/auth/session";
import { getConnection } from "@/lib/data/connections/get-connection";
import { ConnectionError } from "@/lib/data/connections/errors";
import { updateConnectionCredentials } from "@/lib/data/connections/update-connection-credentials";
import { recordHealthObservation } from "@/lib/data/health/record-health-observation";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { getIntegration } from "@/lib/integrations/all";
import { isSyncProvider, SYNC_RESOURCES } from "@/lib/sync/resources";
import { connectionRefSchema } from "@/lib/validations/connections";
import { announceTransition, checkFailure, checkFailureField, parseCredentials } from "@/lib/actions/connections/shared";

/** Manager or owner: new credentials for the same shop, checked live before they replace the old ones. */
export async function updateConnectionCredentialsAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ connectionId: string }>> {
  try {
    const { organizationId } = await requireMembership({
      organizationId: String(formData.get("organizationId") ?? ""),
      minRole: "manager",
    });
    const ref = connectionRefSchema.safeParse(formDataToObject(formData));
    if (!ref.success) return localizedValidationFailure(ref.error);
    const existing = await getConnection({ organizationId, connectionId: ref.data.connectionId });
    if (!existing) throw new ConnectionError("not_found", "Connection not found");
    const integration = getIntegration(existing.provider);

    const parsed = await parseCredentials(integration, formData);
    if (!parsed.ok) return parsed.failure;
    const check = await integration.check(parsed.credentials);
    if (!check.ok) return checkFailure(integration, check);

    try {
      await updateConnectionCredentials({ organizationId, connectionId: existing.id, credentials: parsed.credentials, check });
    } catch (error) {
      if (error instanceof ConnectionError && error.code === "invalid_credentials") {
        const field = checkFailureField(integration) ?? "_";
        return {
          ok: false,
          fieldErrors: { [field]: [(await getTranslations("connections.form"))("anotherAccount")] },
          code: "connection_another_account",
          status: 400,
        };
      }
      throw error;
    }
    const transition = await recordHealthObservation({
      organizationId,
      connectionId: existing.id,
      syncedResources: isSyncProvider(existing.provider) ? [...SYNC_RESOURCES] : [],
      observation: {
        source: "check",
        ok: true,
        at: new Date(),
        latencyMs: check.latencyMs,
        tokenExpiresAt: check.expiresAt,
        scopes: check.scopes,
      },
    });
    await announceTransition(transition);
    revalidatePath("/connections", "layout");
    return actionSuccess({ connectionId: existing.id });
  } catch (error) {
    return actionFailureFrom(error, { action: "updateConnectionCredentials" });
  }
}
