import { registerIntegration } from "@/lib/integrations/registry";
import { runLiveCheck } from "@/lib/integrations/live-check";
import { createYooKassaClient, YOOKASSA_RATE_LIMITS } from "@/lib/integrations/yookassa/client";
import { maskYooKassaCredentials, yooKassaCredentialFields, yooKassaCredentialsSchema } from "@/lib/integrations/yookassa/credentials";

export { isYooKassaIp, YOOKASSA_NOTIFICATION_NETWORKS } from "@/lib/integrations/yookassa/ip-allowlist";

export const yooKassaIntegration = registerIntegration({
  id: "yookassa",
  name: "integrations.providers.yookassa.name",
  description: "integrations.providers.yookassa.description",
  category: "payments",
  icon: "CreditCard",
  credentialsSchema: yooKassaCredentialsSchema,
  credentialFields: yooKassaCredentialFields,
  capabilities: ["payments:create"],
  rateLimits: YOOKASSA_RATE_LIMITS,
  // GET /me is the one call that proves the keys without creating anything.
  check: (credentials) =>
    runLiveCheck(
      async () => {
        const me = await createYooKassaClient(credentials, { maxAttempts: 2 }).getMe();
        if (me.status !== "enabled") return { key: "yookassa.shopDisabled" };
        return me.test ? { key: "yookassa.testShop" } : undefined;
      },
      { auth_failed: { key: "yookassa.authFailed" }, forbidden_scope: { key: "yookassa.forbiddenScope" } },
    ),
  maskCredentials: maskYooKassaCredentials,
});
