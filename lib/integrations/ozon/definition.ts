import { checkOzonCredentials } from "@/lib/integrations/ozon/check";
import { maskOzonCredentials, ozonCredentialFields, ozonCredentialsSchema } from "@/lib/integrations/ozon/credentials";
import { OZON_RATE_LIMITS } from "@/lib/integrations/ozon/rate-limits";
import type { IntegrationDefinition } from "@/lib/integrations/types";

export const ozonIntegration: IntegrationDefinition<typeof ozonCredentialsSchema> = {
  id: "ozon",
  name: { ru: "Ozon", en: "Ozon" },
  description: {
    ru: "Товары, остатки FBS, отправления FBS и FBO и продажи из Ozon Seller API",
    en: "Products, FBS stocks, FBS and FBO postings and sales from the Ozon Seller API",
  },
  category: "marketplace",
  icon: "Store",
  credentialsSchema: ozonCredentialsSchema,
  credentialFields: ozonCredentialFields,
  capabilities: ["sync:products", "sync:stocks", "sync:orders", "sync:sales"],
  rateLimits: OZON_RATE_LIMITS,
  check: (credentials) => checkOzonCredentials(credentials),
  maskCredentials: maskOzonCredentials,
};
