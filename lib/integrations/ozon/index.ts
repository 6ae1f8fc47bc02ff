import { ozonIntegration } from "@/lib/integrations/ozon/definition";
import { registerIntegration } from "@/lib/integrations/registry";

/** The Ozon Seller API integration: registers itself; lib/integrations/all.ts imports this folder. */
registerIntegration(ozonIntegration);

export { ozonIntegration };
export { createOzonClient, type OzonClient, type OzonClientOptions } from "@/lib/integrations/ozon/client";
export { ozonCredentialsSchema, maskOzonCredentials, type OzonCredentials } from "@/lib/integrations/ozon/credentials";
export { checkOzonCredentials } from "@/lib/integrations/ozon/check";
export { OZON_RATE_LIMITS } from "@/lib/integrations/ozon/rate-limits";
export { listProducts, listProductCards, getProductInfo } from "@/lib/integrations/ozon/operations/products";
export { listStocks } from "@/lib/integrations/ozon/operations/stocks";
export { listFbsPostings, listFboPostings, type PostingListOptions } from "@/lib/integrations/ozon/operations/postings";
export { getAnalytics, type AnalyticsQuery } from "@/lib/integrations/ozon/operations/analytics";
export { getApiKeyInfo, type ApiKeyInfo } from "@/lib/integrations/ozon/operations/roles";
export type { OzonPage } from "@/lib/integrations/ozon/paging";
export type { OzonFbsPosting, OzonFboPosting } from "@/lib/integrations/ozon/schemas/postings";
export type { OzonProductInfo, OzonProductListItem } from "@/lib/integrations/ozon/schemas/products";
export type { OzonStocksItem } from "@/lib/integrations/ozon/schemas/stocks";
