import { unwrap } from "@/lib/integrations/core";
import type { OzonClient } from "@/lib/integrations/ozon/client";
import { chunk, walkCursor, type OzonPage } from "@/lib/integrations/ozon/paging";
import {
  productInfoListResponseSchema,
  productListResponseSchema,
  type OzonProductInfo,
  type OzonProductListItem,
} from "@/lib/integrations/ozon/schemas/products";

export const PRODUCT_PAGE_MAX = 1000;

export interface ProductListOptions {
  /** Resume after this `last_id` (a cursor persisted from an earlier page). */
  lastId?: string;
  limit?: number;
  visibility?: "ALL" | "VISIBLE" | "ARCHIVED";
}

/** Every product of the account, page by page (`/v3/product/list`, `last_id` paging). */
export function listProducts(client: OzonClient, options: ProductListOptions = {}): AsyncGenerator<OzonPage<OzonProductListItem>> {
  const path = "/v3/product/list";
  const limit = Math.min(options.limit ?? PRODUCT_PAGE_MAX, PRODUCT_PAGE_MAX);
  return walkCursor(path, options.lastId, async (lastId) => {
    const { result } = await unwrap(
      client.api.POST(path, { body: { filter: { visibility: options.visibility ?? "ALL" }, last_id: lastId ?? "", limit } }),
      productListResponseSchema,
      client.context(path),
    );
    // Ozon has no "more" flag here: an empty page ends the listing.
    return { items: result.items, next: result.last_id };
  });
}

/** Card details for the given products (`/v3/product/info/list`), in batches of 1000 ids. */
export async function getProductInfo(client: OzonClient, productIds: readonly number[]): Promise<OzonProductInfo[]> {
  const path = "/v3/product/info/list";
  const out: OzonProductInfo[] = [];
  for (const batch of chunk(productIds, PRODUCT_PAGE_MAX)) {
    const { items } = await unwrap(
      client.api.POST(path, { body: { product_id: batch.map(String) } }),
      productInfoListResponseSchema,
      client.context(path),
    );
    out.push(...items);
  }
  return out;
}

/** Product list pages joined with their card details: what a product sync stores. */
export async function* listProductCards(client: OzonClient, options: ProductListOptions = {}): AsyncGenerator<OzonPage<OzonProductInfo>> {
  for await (const page of listProducts(client, options)) {
    const cards = page.items.length
      ? await getProductInfo(
          client,
          page.items.map((p) => p.product_id),
        )
      : [];
    yield { ...page, items: cards };
  }
}
