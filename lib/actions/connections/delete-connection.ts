"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { deleteConnection } from "@/lib/data/connections/delete-connection";
import { connectionRefSchema } from "@/lib/validations/connections";

/** Owner only (lib/auth/roles.ts): deletes the connection and the data synced through it. */
export const deleteConnectionAction = orgAction(
  { minRole: "owner", schema: connectionRefSchema, name: "deleteConnection" },
  async ({ organizationId, role, input, audit }) => {
    await deleteConnection({ db, organizationId, connectionId: input.connectionId, actorRole: role });
    await audit("connection_deleted", { type: "connection", id: input.connectionId });
    revalidatePath("/", "layout");
  },
);
