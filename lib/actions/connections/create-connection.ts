"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { checkFailure, parseCredentials } from "@/lib/actions/connections/shared";
import { assertMayManageConnection } from "@/lib/connections/manage-role";
import { db } from "@/lib/db";
import { createConnection } from "@/lib/data/connections/create-connection";
import { recordPassedCheck } from "@/lib/health/record-health-observation";
import type { ActionFailure } from "@/lib/errors/action-result";
import { findIntegration } from "@/lib/integrations/all";
import { createConnectionSchema } from "@/lib/validations/connections";

const unknownProvider: ActionFailure = { ok: false, fieldErrors: { provider: ["—"] }, code: "validation", status: 400 };

/**
 * Manager or owner; a payment provider (YooKassa) is the owner's alone, refused before anything is
 * checked. Validates the credentials with the provider's schema, checks them live
 * (a rejected key is shown beside its field and nothing is saved), then stores them encrypted.
 * Only the connection id comes back: never a credential.
 */
export const createConnectionAction = orgAction(
  { minRole: "manager", schema: createConnectionSchema, name: "createConnection" },
  async ({ organizationId, user, role, input, formData, audit }) => {
    const integration = findIntegration(input.provider);
    if (!integration) return unknownProvider;
    assertMayManageConnection({ provider: integration.id, actorRole: role });

    const parsed = await parseCredentials(integration, formData);
    if (!parsed.ok) return parsed.failure;
    const check = await integration.check(parsed.credentials);
    if (!check.ok) return checkFailure(integration, check);

    const { connection } = await createConnection({
      db,
      organizationId,
      provider: integration.id,
      credentials: parsed.credentials,
      name: input.name,
      createdById: user.id,
      actorRole: role,
      // Checked just above; the result is recorded below as the first health observation.
      skipCheck: true,
    });
    await recordPassedCheck({ db, organizationId, connectionId: connection.id, provider: integration.id, check });
    await audit("connection_created", { type: "connection", id: connection.id }, { provider: integration.id });
    revalidatePath("/connections");
    return { connectionId: connection.id };
  },
);
