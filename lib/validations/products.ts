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
 * The products list's URL: ?q=&marketplace=&archived=active|archived|all
 * &sort=name|offerId|price|updatedAt&dir=&page=&size=. Offset paging: a catalogue is at most
 * ~100k rows per organisation and people page through it by name, not by the millions.
 */
export const productSortColumns = ["name", "offerId", "price", "updatedAt"] as const;
export type ProductSortColumn = (typeof productSortColumns)[number];
export const archivedFilters = ["active", "archived", "all"] as const;

const schema = z.object({
  q: searchQueryParam,
  marketplace: marketplaceParam,
  archived: z.enum(archivedFilters).catch("active"),
  sort: z.enum(productSortColumns).catch("name"),
  dir: sortDirParam.catch("asc"),
  page: pageNumberParam,
  size: pageSizeParam,
});

export interface ProductsListParams {
  q?: string;
  marketplace?: MarketplaceFilter;
  archived: (typeof archivedFilters)[number];
  sort: ProductSortColumn;
  dir: SortDir;
  page: number;
  pageSize: number;
}

export function parseProductsParams(input: SearchParamsInput): ProductsListParams {
  const p = schema.parse(searchParamsToObject(input));
  return { q: p.q, marketplace: p.marketplace, archived: p.archived, sort: p.sort, dir: p.dir, page: p.page, pageSize: p.size };
}

export function productsFilterParams(params: ProductsListParams): Record<string, string> {
  return {
    ...(params.q ? { q: params.q } : {}),
    ...(params.marketplace ? { marketplace: params.marketplace } : {}),
    archived: params.archived,
    sort: params.sort,
    dir: params.dir,
    size: String(params.pageSize),
  };
}
