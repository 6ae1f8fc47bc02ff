import { registerIntegration } from "@/lib/integrations/registry";
import { runLiveCheck } from "@/lib/integrations/live-check";
import { createSmsAeroClient, SMSAERO_RATE_LIMITS } from "@/lib/integrations/smsaero/client";
import { maskSmsAeroCredentials, smsAeroCredentialFields, smsAeroCredentialsSchema } from "@/lib/integrations/smsaero/credentials";

export const smsAeroIntegration = registerIntegration({
  id: "smsaero",
  name: { ru: "SMS Aero", en: "SMS Aero" },
  description: { ru: "Отправка SMS с кодами входа через SMS Aero", en: "Sends login-code SMS through SMS Aero" },
  category: "sms",
  icon: "MessageSquareText",
  credentialsSchema: smsAeroCredentialsSchema,
  credentialFields: smsAeroCredentialFields,
  capabilities: ["sms:send"],
  rateLimits: SMSAERO_RATE_LIMITS,
  // The balance call proves the credentials and tells the owner whether codes can still be sent.
  check: (credentials) =>
    runLiveCheck(
      async () => {
        const balance = await createSmsAeroClient(credentials, { maxAttempts: 2 }).getBalance();
        return { ru: `Подключено, баланс ${balance.toFixed(2)} ₽`, en: `Connected, balance ₽${balance.toFixed(2)}` };
      },
      {
        auth_failed: { ru: "SMS Aero не принял e-mail или API-ключ", en: "SMS Aero rejected the e-mail or API key" },
        rate_limited: { ru: "SMS Aero временно ограничил запросы", en: "SMS Aero is rate limiting requests" },
      },
    ),
  maskCredentials: maskSmsAeroCredentials,
});
