import { registerIntegration } from "@/lib/integrations/registry";
import { runLiveCheck } from "@/lib/integrations/live-check";
import { createSmsAeroClient, SMSAERO_RATE_LIMITS } from "@/lib/integrations/smsaero/client";
import { maskSmsAeroCredentials, smsAeroCredentialFields, smsAeroCredentialsSchema } from "@/lib/integrations/smsaero/credentials";

export const smsAeroIntegration = registerIntegration({
  id: "smsaero",
  name: "integrations.providers.smsaero.name",
  description: "integrations.providers.smsaero.description",
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
        return { key: "balance", values: { balance: balance.toFixed(2) } };
      },
      { auth_failed: { key: "smsaero.authFailed" }, rate_limited: { key: "smsaero.rateLimited" } },
    ),
  maskCredentials: maskSmsAeroCredentials,
});
