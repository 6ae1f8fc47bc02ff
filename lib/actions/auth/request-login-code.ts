"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { publicAction } from "@/lib/actions/define-action";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { loginLimits } from "@/lib/auth/login-limits";
import { loginSmsSender } from "@/lib/auth/platform/sms-sender";
import { authSecret } from "@/lib/auth/secret";
import { db } from "@/lib/db";
import { requestLoginCode } from "@/lib/auth/request-login-code";
import { env } from "@/lib/env";
import type { ActionResult } from "@/lib/errors/action-result";
import { requestLoginCodeSchema } from "@/lib/validations/auth";

type LoginCodeSent = { phone: string; resendAfterSeconds: number; sandbox: boolean };
export type RequestLoginCodeResult = ActionResult<LoginCodeSent>;

/** Step 1 of login: texts a 6-digit code to the phone. Open to anyone; limited per phone and IP. */
export const requestLoginCodeAction = publicAction(
  { schema: requestLoginCodeSchema, name: "requestLoginCode" },
  async ({ input }): Promise<LoginCodeSent> => {
    const t = await getTranslations("auth");
    const { resendAfterSeconds } = await requestLoginCode({
      db,
      phone: input.phone,
      ip: clientIpFrom(await headers()),
      secret: authSecret(),
      sender: loginSmsSender(),
      limits: loginLimits(),
      message: (code) => t("smsText", { code }),
    });
    return { phone: input.phone, resendAfterSeconds, sandbox: env.SMS_MODE === "sandbox" };
  },
);
