import type { components, paths } from "@/lib/integrations/ozon/generated/ozon-api";

/** Short names for the generated Ozon types the client, schemas and sandbox share. */
type Schemas = components["schemas"];

export type OzonPaths = paths;
export type OzonErrorBody = Schemas["rpcStatus"];

export type ProductListRequest = Schemas["productv3GetProductListRequest"];
export type ProductListResponse = Schemas["productv3GetProductListResponse"];
export type ProductListItem = Schemas["productv3GetProductListResponseItem"];
export type ProductInfoListRequest = Schemas["v3GetProductInfoListRequest"];
export type ProductInfoListResponse = Schemas["v3GetProductInfoListResponse"];
export type ProductInfo = Schemas["v3GetProductInfoListResponseItem"];

export type StocksRequest = Schemas["v4GetProductInfoStocksRequest"];
export type StocksResponse = Schemas["v4GetProductInfoStocksResponse"];
export type StocksItem = Schemas["v4GetProductInfoStocksResponseItem"];
export type StockEntry = Schemas["GetProductInfoStocksResponseStock"];

export type FbsListRequest = Schemas["posting.v4.PostingFbsListRequest"];
export type FbsListResponse = Schemas["posting.v4.PostingFbsListResponse"];
export type FbsPosting = Schemas["posting.v4.PostingFbsListResponse.Postings"];
export type FbsPostingProduct = Schemas["posting.v4.PostingFbsListResponse.Postings.Products"];
export type FboListRequest = Schemas["posting.v3.PostingFboListRequest"];
export type FboListResponse = Schemas["posting.v3.PostingFboListResponse"];
export type FboPosting = Schemas["posting.v3.PostingFboListResponse.Postings"];
export type FboPostingProduct = Schemas["posting.v3.PostingFboListResponse.Postings.Products"];
export type PostingMoney = Schemas["money.postingMoney"];

export type AnalyticsRequest = Schemas["analyticsAnalyticsGetDataRequest"];
export type AnalyticsResponse = Schemas["analyticsAnalyticsGetDataResponse"];
export type AnalyticsMetric = Schemas["analyticsMetric"];
export type AnalyticsDimension = Schemas["seller_serviceanalyticsDimension"];

export type RolesResponse = Schemas["v1RolesByTokenResponse"];

/** The generated type, where Ozon may also send `null` for an absent value (its spec never says so, its examples do). */
export type Lenient<T> = T extends Array<infer U> ? Array<Lenient<U>> : T extends object ? { [P in keyof T]?: Lenient<T[P]> | null } : T;

/**
 * The shape a boundary schema must keep: the picked fields (a misspelt or removed key is a compile
 * error) with the generated field types, nested objects included (a retyped field is one too).
 */
export type Consumed<T, K extends keyof T> = { [P in K]: Lenient<T[P]> | null };
