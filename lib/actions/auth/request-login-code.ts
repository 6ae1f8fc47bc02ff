"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { loginSmsSender } from "@/lib/auth/platform/sms-sender";
import { authSecret } from "@/lib/auth/secret";
import { db } from "@/lib/db";
import { loginLimits } from "@/lib/data/auth/login-limits";
import { requestLoginCode } from "@/lib/data/auth/request-login-code";
import { env } from "@/lib/env";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { requestLoginCodeSchema } from "@/lib/validations/auth";

export type RequestLoginCodeResult = ActionResult<{ phone: string; resendAfterSeconds: number; sandbox: boolean }>;

/** Step 1 of login: texts a 6-digit code to the phone. Open to anyone; limited per phone and IP. */
export async function requestLoginCodeAction(_previous: unknown, formData: FormData): Promise<RequestLoginCodeResult> {
  const parsed = requestLoginCodeSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return localizedValidationFailure(parsed.error);
  try {
    const t = await getTranslations("auth");
    const { resendAfterSeconds } = await requestLoginCode({
      db,
      phone: parsed.data.phone,
      ip: clientIpFrom(await headers()),
      secret: authSecret(),
      sender: loginSmsSender(),
      limits: loginLimits(),
      message: (code) => t("smsText", { code }),
    });
    return actionSuccess({ phone: parsed.data.phone, resendAfterSeconds, sandbox: env.SMS_MODE === "sandbox" });
  } catch (error) {
    return actionFailureFrom(error, { action: "requestLoginCode" });
  }
}
