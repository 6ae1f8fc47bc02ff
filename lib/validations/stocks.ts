import { z } from "@/lib/validations/zod";
import { offsetListUrl, type OffsetListParams } from "@/lib/validations/offset-list-params";

/**
 * The stocks list's URL: the catalogue-list URL with `level=all|low|out&window=14|30`.
 * One row per item (offer) summed over warehouses. Days of stock = units on hand divided by the
 * average units ordered per day over the last `window` days; "low" means under LOW_STOCK_DAYS.
 */
export const LOW_STOCK_DAYS = 14;
export const stockSortColumns = ["daysOfStock", "quantity", "name", "offerId"] as const;
export type StockSortColumn = (typeof stockSortColumns)[number];
export const stockLevels = ["all", "low", "out"] as const;
export type StockLevel = (typeof stockLevels)[number];
export const velocityWindows = [14, 30] as const;

const stocksUrl = offsetListUrl({
  sorts: stockSortColumns,
  defaultDir: "asc",
  filters: {
    level: z.enum(stockLevels).catch("all"),
    window: z.coerce
      .number()
      .refine((n) => n === 14 || n === 30)
      .catch(30),
  },
});

export interface StocksListParams extends OffsetListParams<StockSortColumn> {
  level: StockLevel;
  windowDays: (typeof velocityWindows)[number];
}

export function parseStocksParams(input: Parameters<typeof stocksUrl.parse>[0]): StocksListParams {
  const { filters, ...params } = stocksUrl.parse(input);
  return { ...params, level: filters.level, windowDays: filters.window as StocksListParams["windowDays"] };
}

export function stocksFilterParams(params: StocksListParams): Record<string, string> {
  return stocksUrl.filterParams(params, { level: params.level, window: params.windowDays });
}
