import { registerIntegration } from "@/lib/integrations/registry";
import { checkWildberriesConnection } from "@/lib/integrations/wildberries/check";
import {
  maskWildberriesCredentials,
  wildberriesCredentialFields,
  wildberriesCredentialsSchema,
} from "@/lib/integrations/wildberries/credentials";
import { WB_ALL_RATE_LIMITS } from "@/lib/integrations/wildberries/rate-limits";

/** Wildberries in the integration registry: one API token (JWT) covering several WB hosts. */
export const wildberriesIntegration = registerIntegration({
  id: "wildberries",
  name: "integrations.providers.wildberries.name",
  description: "integrations.providers.wildberries.description",
  category: "marketplace",
  icon: "ShoppingBag",
  credentialsSchema: wildberriesCredentialsSchema,
  credentialFields: wildberriesCredentialFields,
  capabilities: ["sync:products", "sync:stocks", "sync:orders", "sync:sales"],
  rateLimits: WB_ALL_RATE_LIMITS,
  check: (credentials) => checkWildberriesConnection(credentials),
  maskCredentials: maskWildberriesCredentials,
});

export { checkWildberriesConnection } from "@/lib/integrations/wildberries/check";
export { decodeWildberriesToken, missingCategories, WildberriesTokenError, type WbTokenInfo } from "@/lib/integrations/wildberries/token";
export {
  WB_TOKEN_CATEGORIES,
  WB_NEEDED_CATEGORIES,
  WB_REQUIRED_CATEGORIES,
  type WbTokenCategory,
} from "@/lib/integrations/wildberries/token-categories";
export { WB_RATE_LIMITS, WB_ALL_RATE_LIMITS, scaleRateLimits, type WbHost } from "@/lib/integrations/wildberries/rate-limits";
export type { WbCard, WbOrder, WbSale, WbStockRow, WbWarehouse } from "@/lib/integrations/wildberries/schemas";
export type { CardsCursor } from "@/lib/integrations/wildberries/operations";
export { parseMoscowDateTime, formatMoscowDateTime } from "@/lib/integrations/wildberries/moscow-time";
