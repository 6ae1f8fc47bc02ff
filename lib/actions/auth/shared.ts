import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { loginLimits } from "@/lib/auth/login-limits";
import { loginSmsSender } from "@/lib/auth/platform/sms-sender";
import { requestLoginCode } from "@/lib/auth/request-login-code";
import { authSecret } from "@/lib/auth/secret";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * What the auth actions share (not an action module: no "use server"). The login form and the
 * step-up dialog text the same code, through the same sender and limits; only whose phone differs.
 */
export async function textLoginCode(phone: string): Promise<{ resendAfterSeconds: number; sandbox: boolean }> {
  const t = await getTranslations("auth");
  const { resendAfterSeconds } = await requestLoginCode({
    db,
    phone,
    ip: clientIpFrom(await headers()),
    secret: authSecret(),
    sender: loginSmsSender(),
    limits: loginLimits(),
    message: (code) => t("smsText", { code }),
  });
  return { resendAfterSeconds, sandbox: env.SMS_MODE === "sandbox" };
}
