import { registerIntegration } from "@/lib/integrations/registry";
import { runLiveCheck } from "@/lib/integrations/live-check";
import { createSmsRuClient, SMSRU_RATE_LIMITS } from "@/lib/integrations/smsru/client";
import { maskSmsRuCredentials, smsRuCredentialFields, smsRuCredentialsSchema } from "@/lib/integrations/smsru/credentials";

export const smsRuIntegration = registerIntegration({
  id: "smsru",
  name: "integrations.providers.smsru.name",
  description: "integrations.providers.smsru.description",
  category: "sms",
  icon: "MessageSquare",
  credentialsSchema: smsRuCredentialsSchema,
  credentialFields: smsRuCredentialFields,
  capabilities: ["sms:send"],
  rateLimits: SMSRU_RATE_LIMITS,
  check: (credentials) =>
    runLiveCheck(
      async () => {
        const balance = await createSmsRuClient(credentials, { maxAttempts: 2 }).getBalance();
        return { key: "balance", values: { balance: balance.toFixed(2) } };
      },
      { auth_failed: { key: "smsru.authFailed" } },
    ),
  maskCredentials: maskSmsRuCredentials,
});
