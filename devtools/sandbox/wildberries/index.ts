import type { SandboxContext, SandboxVendor } from "@/devtools/sandbox/core/types";
import { WildberriesSandboxAccounts } from "@/devtools/sandbox/wildberries/accounts";
import { orderCountAt } from "@/devtools/sandbox/wildberries/data/orders";
import { saleCountAt } from "@/devtools/sandbox/wildberries/data/sales";
import { stockRowCount } from "@/devtools/sandbox/wildberries/data/stocks";
import { gatedHandler } from "@/devtools/sandbox/wildberries/gate";
import { rateLimitHeaders } from "@/devtools/sandbox/wildberries/responses";
import { analyticsRoutes } from "@/devtools/sandbox/wildberries/routes/analytics";
import { contentRoutes } from "@/devtools/sandbox/wildberries/routes/content";
import { commonRoutes, marketplaceRoutes } from "@/devtools/sandbox/wildberries/routes/marketplace";
import { statisticsRoutes } from "@/devtools/sandbox/wildberries/routes/statistics";

/**
 * The fake Wildberries: one mount per WB host, so the app points e.g.
 * WB_STATISTICS_API_URL at http://127.0.0.1:4010/wb/statistics.
 */
export const WB_SANDBOX_PREFIXES = {
  content: "/wb/content",
  statistics: "/wb/statistics",
  analytics: "/wb/analytics",
  marketplace: "/wb/marketplace",
  common: "/wb/common",
} as const;

export interface WildberriesSandbox extends SandboxVendor {
  accounts: WildberriesSandboxAccounts;
}

export function createWildberriesSandbox(): WildberriesSandbox {
  const accounts = new WildberriesSandboxAccounts();
  return {
    id: "wildberries",
    accounts,
    mounts: [
      { prefix: WB_SANDBOX_PREFIXES.content, handler: gatedHandler(contentRoutes, accounts) },
      { prefix: WB_SANDBOX_PREFIXES.statistics, handler: gatedHandler(statisticsRoutes, accounts) },
      { prefix: WB_SANDBOX_PREFIXES.analytics, handler: gatedHandler(analyticsRoutes, accounts) },
      { prefix: WB_SANDBOX_PREFIXES.marketplace, handler: gatedHandler(marketplaceRoutes, accounts) },
      { prefix: WB_SANDBOX_PREFIXES.common, handler: gatedHandler(commonRoutes, accounts) },
    ],
    baseUrlEnv: {
      WB_CONTENT_API_URL: WB_SANDBOX_PREFIXES.content,
      WB_STATISTICS_API_URL: WB_SANDBOX_PREFIXES.statistics,
      WB_ANALYTICS_API_URL: WB_SANDBOX_PREFIXES.analytics,
      WB_MARKETPLACE_API_URL: WB_SANDBOX_PREFIXES.marketplace,
      WB_COMMON_API_URL: WB_SANDBOX_PREFIXES.common,
    },
    rateLimitHeaders: (retryAfterMs) => rateLimitHeaders(retryAfterMs),
    /** What a complete sync holds at ctx.now(): stocks = rows of the current report, one per (product, warehouse). */
    summary(ctx: SandboxContext) {
      const nowMs = ctx.now().getTime();
      const totals: Record<string, Record<string, number>> = {};
      for (const sellerId of accounts.knownSellers(ctx)) {
        const world = accounts.world(ctx, sellerId);
        totals[sellerId] = {
          products: world.productCount,
          stocks: stockRowCount(world),
          orders: orderCountAt(world, nowMs),
          sales: saleCountAt(world, nowMs),
        };
      }
      return totals;
    },
    demoAccounts: (ctx) => accounts.demoAccounts(ctx),
    createAccount: (ctx, options) => accounts.create(ctx, options),
    revoke: (accountKey) => accounts.revoke(accountKey),
  };
}

export const wildberriesSandbox = createWildberriesSandbox();
