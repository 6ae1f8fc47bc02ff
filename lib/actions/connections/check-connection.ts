"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { announceTransition, describeCheck } from "@/lib/actions/connections/shared";
import { db } from "@/lib/db";
import { checkConnectionNow } from "@/lib/health/check-connection";
import { connectionRefSchema } from "@/lib/validations/connections";

export interface CheckActionResult {
  passed: boolean;
  message: string;
  latencyMs: number;
  expiresAt?: string;
}

/** Manager or owner: the live check now, recorded in the connection's health; the verdict in plain words. */
export const checkConnectionAction = orgAction(
  { minRole: "manager", schema: connectionRefSchema, name: "checkConnection" },
  async ({ organizationId, input }): Promise<CheckActionResult> => {
    const { provider, check, transition } = await checkConnectionNow({ db, organizationId, connectionId: input.connectionId });
    await announceTransition(transition);
    revalidatePath("/connections", "layout");
    return {
      passed: check.ok,
      message: await describeCheck(provider, check),
      latencyMs: check.latencyMs,
      expiresAt: check.expiresAt?.toISOString(),
    };
  },
);
