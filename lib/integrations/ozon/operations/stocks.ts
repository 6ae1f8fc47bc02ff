import { unwrap } from "@/lib/integrations/core";
import type { OzonClient } from "@/lib/integrations/ozon/client";
import { walkCursor, type OzonPage } from "@/lib/integrations/ozon/paging";
import { stocksResponseSchema, type OzonStocksItem } from "@/lib/integrations/ozon/schemas/stocks";

export const STOCKS_PAGE_MAX = 1000;

/**
 * FBS / rFBS stock levels of every product (`/v4/product/info/stocks`, `cursor` paging).
 * FBO stocks are not part of this method (Ozon serves them from /v1/analytics/stocks).
 */
export function listStocks(
  client: OzonClient,
  options: { cursor?: string; limit?: number } = {},
): AsyncGenerator<OzonPage<OzonStocksItem>> {
  const path = "/v4/product/info/stocks";
  const limit = Math.min(options.limit ?? STOCKS_PAGE_MAX, STOCKS_PAGE_MAX);
  return walkCursor(path, options.cursor, async (cursor) => {
    const page = await unwrap(
      client.api.POST(path, { body: { cursor: cursor ?? "", filter: { visibility: "ALL" }, limit } }),
      stocksResponseSchema,
      client.context(path),
    );
    return { items: page.items, next: page.cursor };
  });
}
