"use server";

import { headers } from "next/headers";
import { sessionAction } from "@/lib/actions/define-action";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { confirmStepUp } from "@/lib/auth/confirm-step-up";
import { loginLimits } from "@/lib/auth/login-limits";
import { authSecret } from "@/lib/auth/secret";
import { db } from "@/lib/db";
import { reauthenticateSchema } from "@/lib/validations/sessions";

/** Step-up, step 2: the fresh code renews this session's re-verification time; the UI then retries. */
export const reauthenticateAction = sessionAction(
  { schema: reauthenticateSchema, name: "reauthenticate" },
  async ({ user, session, input }) => {
    await confirmStepUp({
      db,
      userId: user.id,
      phone: user.phone,
      sessionId: session.id,
      code: input.code,
      ip: clientIpFrom(await headers()),
      secret: authSecret(),
      limits: loginLimits(),
      now: new Date(),
    });
  },
);
