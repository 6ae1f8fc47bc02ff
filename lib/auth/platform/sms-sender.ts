import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import type { SmsSender } from "@/lib/integrations/sms";
import { createSmsAeroClient } from "@/lib/integrations/smsaero/client";
import { smsAeroCredentialsSchema } from "@/lib/integrations/smsaero/credentials";
import { createSmsRuClient } from "@/lib/integrations/smsru/client";
import { smsRuCredentialsSchema } from "@/lib/integrations/smsru/credentials";
import { forgetSandboxDemoCredentials, sandboxDemoCredentials, sandboxRootOf } from "@/lib/auth/platform/sandbox-accounts";

/**
 * The SMS provider that delivers login codes. Sandbox mode sends through the SMS Aero sandbox
 * with its demo account; the sandbox keeps the message readable at /smsaero/__messages and
 * prints it. The app itself never logs a code.
 */
export function loginSmsSender(): SmsSender {
  return env.SMS_MODE === "sandbox" ? sandboxSender() : liveSender();
}

function sandboxSender(): SmsSender {
  return {
    async send(phone, text) {
      const root = sandboxRootOf(env.SMSAERO_API_URL, "/smsaero");
      if (!root) throw new AppError("sms_unavailable", "SMS_MODE=sandbox but SMSAERO_API_URL does not point at the sandbox");
      const demo = await sandboxDemoCredentials(root, "smsaero").catch((cause: unknown) => {
        throw new AppError("sms_unavailable", "sandbox SMS account unavailable", { cause });
      });
      const credentials = smsAeroCredentialsSchema.parse({ email: demo.email, apiKey: demo.apiKey });
      try {
        return await createSmsAeroClient(credentials, { baseUrl: env.SMSAERO_API_URL, maxAttempts: 1 }).send(phone, text);
      } catch (error) {
        forgetSandboxDemoCredentials();
        throw error;
      }
    },
  };
}

function liveSender(): SmsSender {
  if (env.LOGIN_SMS_PROVIDER === "smsru") {
    const parsed = smsRuCredentialsSchema.safeParse({ apiId: env.LOGIN_SMSRU_API_ID });
    if (!parsed.success) return unconfigured("LOGIN_SMSRU_API_ID");
    return createSmsRuClient(parsed.data, { maxAttempts: 1 });
  }
  const parsed = smsAeroCredentialsSchema.safeParse({
    email: env.LOGIN_SMSAERO_EMAIL,
    apiKey: env.LOGIN_SMSAERO_API_KEY,
    sign: env.LOGIN_SMSAERO_SIGN,
  });
  if (!parsed.success) return unconfigured("LOGIN_SMSAERO_EMAIL / LOGIN_SMSAERO_API_KEY");
  return createSmsAeroClient(parsed.data, { maxAttempts: 1 });
}

function unconfigured(what: string): SmsSender {
  return {
    send: async () => {
      throw new AppError("sms_unavailable", `SMS_MODE=live needs ${what}`);
    },
  };
}
