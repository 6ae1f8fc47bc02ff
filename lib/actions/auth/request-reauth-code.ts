"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { sessionAction } from "@/lib/actions/define-action";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { loginLimits } from "@/lib/auth/login-limits";
import { loginSmsSender } from "@/lib/auth/platform/sms-sender";
import { requestLoginCode } from "@/lib/auth/request-login-code";
import { authSecret } from "@/lib/auth/secret";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { noInputSchema } from "@/lib/validations/sessions";

/**
 * Step-up, step 1: texts a code to the signed-in user's own phone, through the login-code flow
 * and its limits (a session cannot ask for codes to any other number).
 */
export const requestReauthCodeAction = sessionAction({ schema: noInputSchema, name: "requestReauthCode" }, async ({ user }) => {
  const t = await getTranslations("auth");
  const { resendAfterSeconds } = await requestLoginCode({
    db,
    phone: user.phone,
    ip: clientIpFrom(await headers()),
    secret: authSecret(),
    sender: loginSmsSender(),
    limits: loginLimits(),
    message: (code) => t("smsText", { code }),
  });
  return { resendAfterSeconds, sandbox: env.SMS_MODE === "sandbox" };
});
