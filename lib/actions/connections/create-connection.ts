"use server";

import { revalidatePath } from "next/cache";
import { requireMembership } from "@/lib/auth/session";
import { createConnection } from "@/lib/data/connections/create-connection";
import { recordHealthObservation } from "@/lib/data/health/record-health-observation";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { findIntegration } from "@/lib/integrations/all";
import { isSyncProvider, SYNC_RESOURCES } from "@/lib/sync/resources";
import { createConnectionSchema } from "@/lib/validations/connections";
import { checkFailure, parseCredentials } from "@/lib/actions/connections/shared";

/**
 * Manager or owner. Validates the credentials with the provider's schema, checks them live
 * (a rejected key is shown beside its field and nothing is saved), then stores them encrypted.
 * Only the connection id comes back: never a credential.
 */
export async function createConnectionAction(_previous: unknown, formData: FormData): Promise<ActionResult<{ connectionId: string }>> {
  try {
    const { organizationId, user } = await requireMembership({
      organizationId: String(formData.get("organizationId") ?? ""),
      minRole: "manager",
    });
    const input = createConnectionSchema.safeParse(formDataToObject(formData));
    if (!input.success) return localizedValidationFailure(input.error);
    const integration = findIntegration(input.data.provider);
    if (!integration) return { ok: false, fieldErrors: { provider: ["—"] }, code: "validation", status: 400 };

    const parsed = await parseCredentials(integration, formData);
    if (!parsed.ok) return parsed.failure;
    const check = await integration.check(parsed.credentials);
    if (!check.ok) return checkFailure(integration, check);

    const { connection } = await createConnection({
      organizationId,
      provider: integration.id,
      credentials: parsed.credentials,
      name: input.data.name,
      createdById: user.id,
      // Checked just above; the result is recorded below as the first health observation.
      skipCheck: true,
    });
    await recordHealthObservation({
      organizationId,
      connectionId: connection.id,
      syncedResources: isSyncProvider(integration.id) ? [...SYNC_RESOURCES] : [],
      observation: {
        source: "check",
        ok: true,
        at: new Date(),
        latencyMs: check.latencyMs,
        tokenExpiresAt: check.expiresAt,
        scopes: check.scopes,
      },
    });
    revalidatePath("/connections");
    return actionSuccess({ connectionId: connection.id });
  } catch (error) {
    return actionFailureFrom(error, { action: "createConnection" });
  }
}
