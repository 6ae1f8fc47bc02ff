"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { orgAction } from "@/lib/actions/define-action";
import { announceTransition, checkFailure, checkFailureField, parseCredentials } from "@/lib/actions/connections/shared";
import { ConnectionError } from "@/lib/connections/errors";
import { assertMayManageConnection } from "@/lib/connections/manage-role";
import { db } from "@/lib/db";
import { getConnection } from "@/lib/data/connections/get-connection";
import { updateConnectionCredentials } from "@/lib/data/connections/update-connection-credentials";
import { recordPassedCheck } from "@/lib/health/record-health-observation";
import type { ActionFailure } from "@/lib/errors/action-result";
import { getIntegration } from "@/lib/integrations/all";
import type { IntegrationDefinition } from "@/lib/integrations/types";
import { connectionRefSchema } from "@/lib/validations/connections";

/** Manager or owner, with a recent SMS code (step-up): new credentials for the same shop, checked live before they replace the old ones. */
export const updateConnectionCredentialsAction = orgAction(
  { minRole: "manager", schema: connectionRefSchema, name: "updateConnectionCredentials", stepUp: true },
  async ({ organizationId, role, input, formData, audit }) => {
    const existing = await getConnection({ db, organizationId, connectionId: input.connectionId });
    if (!existing) throw new ConnectionError("not_found", "Connection not found");
    // A payment provider's keys decide where money goes: the owner's alone, refused before any live check.
    assertMayManageConnection({ provider: existing.provider, actorRole: role });
    const integration = getIntegration(existing.provider);

    const parsed = await parseCredentials(integration, formData);
    if (!parsed.ok) return parsed.failure;
    const check = await integration.check(parsed.credentials);
    if (!check.ok) return checkFailure(integration, check);

    try {
      await updateConnectionCredentials({
        db,
        organizationId,
        connectionId: existing.id,
        credentials: parsed.credentials,
        check,
        actorRole: role,
      });
    } catch (error) {
      if (error instanceof ConnectionError && error.code === "invalid_credentials") return anotherAccount(integration);
      throw error;
    }
    const transition = await recordPassedCheck({ db, organizationId, connectionId: existing.id, provider: existing.provider, check });
    // Which connection and who; never the credentials themselves.
    await audit("connection_credentials_changed", { type: "connection", id: existing.id }, { provider: existing.provider });
    await announceTransition(transition);
    revalidatePath("/connections", "layout");
    return { connectionId: existing.id };
  },
);

/** The new key works but belongs to another shop: said beside the key, nothing replaced. */
async function anotherAccount(integration: IntegrationDefinition): Promise<ActionFailure> {
  const field = checkFailureField(integration) ?? "_";
  const message = (await getTranslations("connections.form"))("anotherAccount");
  return { ok: false, fieldErrors: { [field]: [message] }, code: "connection_another_account", status: 400 };
}
