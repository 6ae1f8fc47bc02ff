"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { announceTransition } from "@/lib/actions/connections/shared";
import { db } from "@/lib/db";
import { setConnectionStatus } from "@/lib/data/connections/set-connection-status";
import { connectionRefSchema } from "@/lib/validations/connections";

/** Manager or owner (YooKassa: the owner only): stops scheduled syncs and checks until someone enables it again. */
export const disableConnectionAction = orgAction(
  { minRole: "manager", schema: connectionRefSchema, name: "disableConnection" },
  async ({ organizationId, role, input, audit }) => {
    const { transition } = await setConnectionStatus({
      db,
      organizationId,
      connectionId: input.connectionId,
      status: "disabled",
      actorRole: role,
    });
    await audit("connection_disabled", { type: "connection", id: input.connectionId });
    await announceTransition(transition);
    revalidatePath("/connections", "layout");
  },
);
