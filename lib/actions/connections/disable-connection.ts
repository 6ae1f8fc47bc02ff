"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { announceTransition } from "@/lib/actions/connections/shared";
import { db } from "@/lib/db";
import { setConnectionStatus } from "@/lib/data/connections/set-connection-status";
import { connectionRefSchema } from "@/lib/validations/connections";

/** Manager or owner: stops scheduled syncs and checks until someone enables it again. */
export const disableConnectionAction = orgAction(
  { minRole: "manager", schema: connectionRefSchema, name: "disableConnection" },
  async ({ organizationId, input }) => {
    const { transition } = await setConnectionStatus({ db, organizationId, connectionId: input.connectionId, status: "disabled" });
    await announceTransition(transition);
    revalidatePath("/connections", "layout");
  },
);
