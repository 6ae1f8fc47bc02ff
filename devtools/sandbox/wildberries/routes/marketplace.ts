import { WB_RATE_LIMITS } from "@/lib/integrations/wildberries/rate-limits";
import { sellerWarehouses } from "@/devtools/sandbox/wildberries/data/catalog";
import type { WbRoute } from "@/devtools/sandbox/wildberries/gate";
import { pingRoute } from "@/devtools/sandbox/wildberries/routes/ping";

/** marketplace-api: the seller's own warehouses; common-api: /ping for a token of any category. */
const rules = WB_RATE_LIMITS.marketplace;

export const marketplaceRoutes: WbRoute[] = [
  pingRoute("marketplace", rules),
  {
    method: "GET",
    path: "/api/v3/warehouses",
    category: "marketplace",
    rules,
    handle: ({ world }) => ({ status: 200, body: sellerWarehouses(world) }),
  },
];

export const commonRoutes: WbRoute[] = [pingRoute("any", WB_RATE_LIMITS.common)];
