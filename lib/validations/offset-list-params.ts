import { z } from "@/lib/validations/zod";
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
 * The URL of an offset-paged catalogue list (products, stocks):
 * ?q=&marketplace=&<the list's own filters>&sort=&dir=&page=&size=. Offset paging fits here: a
 * catalogue is at most ~100k rows per organisation and people page through it by name. Every
 * value falls back to its default, so a hand-edited or old link still opens.
 */
export interface OffsetListParams<Sort extends string> {
  q?: string;
  marketplace?: MarketplaceFilter;
  sort: Sort;
  dir: SortDir;
  page: number;
  pageSize: number;
}

export function offsetListUrl<Sort extends string, Filters extends Record<string, z.ZodType<string | number>>>(options: {
  /** Sort columns, the default first. */
  sorts: readonly [Sort, ...Sort[]];
  defaultDir: SortDir;
  /** The list's own filters, each always set (its schema falls back to a default). */
  filters: Filters;
}) {
  const schema = z.object({
    q: searchQueryParam,
    marketplace: marketplaceParam,
    sort: z.enum(options.sorts as unknown as [Sort, ...Sort[]]).catch(options.sorts[0]),
    dir: sortDirParam.catch(options.defaultDir),
    page: pageNumberParam,
    size: pageSizeParam,
    ...options.filters,
  });

  /** The shared params and the list's own filters, by their URL names. */
  function parse(input: SearchParamsInput): OffsetListParams<Sort> & { filters: { [K in keyof Filters]: z.output<Filters[K]> } } {
    const p = schema.parse(searchParamsToObject(input)) as Record<string, unknown>;
    const filters = Object.fromEntries(Object.keys(options.filters).map((k) => [k, p[k]])) as {
      [K in keyof Filters]: z.output<Filters[K]>;
    };
    return {
      q: p.q as string | undefined,
      marketplace: p.marketplace as MarketplaceFilter | undefined,
      sort: p.sort as Sort,
      dir: p.dir as SortDir,
      page: p.page as number,
      pageSize: p.size as number,
      filters,
    };
  }

  /** The filter part of the URL (no page number), for links that keep the filters: sort, export, pages. */
  function filterParams(params: OffsetListParams<Sort>, filters: { [K in keyof Filters]: z.output<Filters[K]> }): Record<string, string> {
    return {
      ...(params.q ? { q: params.q } : {}),
      ...(params.marketplace ? { marketplace: params.marketplace } : {}),
      ...Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, String(v)])),
      sort: params.sort,
      dir: params.dir,
      size: String(params.pageSize),
    };
  }

  return { parse, filterParams };
}
