import { z } from "zod";
import {
  marketplaceParam,
  pageNumberParam,
  pageSizeParam,
  searchParamsToObject,
  searchQueryParam,
  sortDirParam,
  type MarketplaceFilter,
  type SearchParamsInput,
  type SortDir,
} from "@/lib/validations/list-params";

/**
 * The stocks list's URL: ?q=&marketplace=&level=all|low|out&window=14|30
 * &sort=daysOfStock|quantity|name|offerId&dir=&page=&size=.
 * One row per item (offer) summed over warehouses. Days of stock = units on hand divided by the
 * average units ordered per day over the last `window` days; "low" means under LOW_STOCK_DAYS.
 */
export const LOW_STOCK_DAYS = 14;
export const stockSortColumns = ["daysOfStock", "quantity", "name", "offerId"] as const;
export type StockSortColumn = (typeof stockSortColumns)[number];
export const stockLevels = ["all", "low", "out"] as const;
export type StockLevel = (typeof stockLevels)[number];
export const velocityWindows = [14, 30] as const;

const schema = z.object({
  q: searchQueryParam,
  marketplace: marketplaceParam,
  level: z.enum(stockLevels).catch("all"),
  window: z.coerce
    .number()
    .refine((n) => n === 14 || n === 30)
    .catch(30),
  sort: z.enum(stockSortColumns).catch("daysOfStock"),
  dir: sortDirParam.catch("asc"),
  page: pageNumberParam,
  size: pageSizeParam,
});

export interface StocksListParams {
  q?: string;
  marketplace?: MarketplaceFilter;
  level: StockLevel;
  windowDays: 14 | 30;
  sort: StockSortColumn;
  dir: SortDir;
  page: number;
  pageSize: number;
}

export function parseStocksParams(input: SearchParamsInput): StocksListParams {
  const p = schema.parse(searchParamsToObject(input));
  return {
    q: p.q,
    marketplace: p.marketplace,
    level: p.level,
    windowDays: p.window as 14 | 30,
    sort: p.sort,
    dir: p.dir,
    page: p.page,
    pageSize: p.size,
  };
}

export function stocksFilterParams(params: StocksListParams): Record<string, string> {
  return {
    ...(params.q ? { q: params.q } : {}),
    ...(params.marketplace ? { marketplace: params.marketplace } : {}),
    level: params.level,
    window: String(params.windowDays),
    sort: params.sort,
    dir: params.dir,
    size: String(params.pageSize),
  };
}
