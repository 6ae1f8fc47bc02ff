import { checkOzonCredentials } from "@/lib/integrations/ozon/check";
import { maskOzonCredentials, ozonCredentialFields, ozonCredentialsSchema } from "@/lib/integrations/ozon/credentials";
import { OZON_RATE_LIMITS } from "@/lib/integrations/ozon/rate-limits";
import type { IntegrationDefinition } from "@/lib/integrations/types";

export const ozonIntegration: IntegrationDefinition<typeof ozonCredentialsSchema> = {
  id: "ozon",
  name: "integrations.providers.ozon.name",
  description: "integrations.providers.ozon.description",
  category: "marketplace",
  icon: "Store",
  credentialsSchema: ozonCredentialsSchema,
  credentialFields: ozonCredentialFields,
  capabilities: ["sync:products", "sync:stocks", "sync:orders", "sync:sales"],
  rateLimits: OZON_RATE_LIMITS,
  check: (credentials) => checkOzonCredentials(credentials),
  maskCredentials: maskOzonCredentials,
};
