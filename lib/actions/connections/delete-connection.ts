"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/data/audit/record-audit-event";
import { deleteConnection } from "@/lib/data/connections/delete-connection";
import { connectionRefSchema } from "@/lib/validations/connections";

/** Owner only (lib/auth/roles.ts): deletes the connection and the data synced through it. */
export const deleteConnectionAction = orgAction(
  { minRole: "owner", schema: connectionRefSchema, name: "deleteConnection" },
  async ({ organizationId, user, role, input }) => {
    await deleteConnection({ db, organizationId, connectionId: input.connectionId, actorRole: role });
    await recordAuditEvent({
      db,
      organizationId,
      actorUserId: user.id,
      action: "connection_deleted",
      target: { type: "connection", id: input.connectionId },
    });
    revalidatePath("/", "layout");
  },
);
