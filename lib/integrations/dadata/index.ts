import { registerIntegration } from "@/lib/integrations/registry";
import { createDadataClient, DADATA_RATE_LIMITS } from "@/lib/integrations/dadata/client";
import { dadataCredentialFields, dadataCredentialsSchema, maskDadataCredentials } from "@/lib/integrations/dadata/credentials";
import { runLiveCheck } from "@/lib/integrations/live-check";

/** A well-known INN (Sberbank) used to prove the key works: suggestions are free within the daily quota. */
const CHECK_INN = "7707083893";

export const dadataIntegration = registerIntegration({
  id: "dadata",
  name: "integrations.providers.dadata.name",
  description: "integrations.providers.dadata.description",
  category: "data",
  icon: "Building2",
  credentialsSchema: dadataCredentialsSchema,
  credentialFields: dadataCredentialFields,
  capabilities: ["data:party"],
  rateLimits: DADATA_RATE_LIMITS,
  // The secret key is checked on first use of the cleaner: each cleaner call is billed.
  check: (credentials) =>
    runLiveCheck(
      async () => {
        await createDadataClient(credentials, { maxAttempts: 2 }).findPartyByInn(CHECK_INN);
      },
      { auth_failed: { key: "dadata.authFailed" }, forbidden_scope: { key: "dadata.refused" } },
    ),
  maskCredentials: maskDadataCredentials,
});
