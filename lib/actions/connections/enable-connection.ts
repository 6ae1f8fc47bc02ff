"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { announceTransition, describeCheck } from "@/lib/actions/connections/shared";
import { db } from "@/lib/db";
import { setConnectionStatus } from "@/lib/data/connections/set-connection-status";
import { checkConnectionNow } from "@/lib/health/check-connection";
import { logger } from "@/lib/logger";
import { connectionRefSchema } from "@/lib/validations/connections";

/**
 * Manager or owner (YooKassa: the owner only): switches the connection back on and checks it at once, so its card shows a
 * real state rather than "unknown". A failing check leaves it enabled and says why.
 */
export const enableConnectionAction = orgAction(
  { minRole: "manager", schema: connectionRefSchema, name: "enableConnection" },
  async ({ organizationId, role, input }): Promise<{ passed: boolean; message: string }> => {
    const { connectionId } = input;
    const { transition } = await setConnectionStatus({ db, organizationId, connectionId, status: "active", actorRole: role });
    await announceTransition(transition);
    let verdict = { passed: false, message: "" };
    try {
      const { provider, check, transition: checked } = await checkConnectionNow({ db, organizationId, connectionId });
      await announceTransition(checked);
      verdict = { passed: check.ok, message: await describeCheck(provider, check) };
    } catch (error) {
      logger.warn({ err: error, connectionId }, "check after enabling failed");
    }
    revalidatePath("/connections", "layout");
    return verdict;
  },
);
