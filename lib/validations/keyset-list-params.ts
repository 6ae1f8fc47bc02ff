import { z } from "@/lib/validations/zod";
import { decodeCursor, cursorParam, type KeysetCursor } from "@/lib/validations/keyset-cursor";
import {
  marketplaceParam,
  pageSizeParam,
  periodToParams,
  resolvePeriod,
  searchParamsToObject,
  searchQueryParam,
  sortDirParam,
  type DateRange,
  type MarketplaceFilter,
  type SearchParamsInput,
  type SortDir,
} from "@/lib/validations/list-params";

/**
 * The URL of a keyset-paged list of a big table (orders, sales):
 * ?q=&marketplace=&<the list's own filters>&period=30d|7d|90d|custom|all&from=&to=
 * &sort=<date column>|amount&dir=desc|asc&after=<cursor>|before=<cursor>&size=25|50|100.
 * Without a period the list shows the last 30 days, or all time when searching (a seller
 * looking up one order by its number should not have to guess its date). A bad value falls
 * back to its default rather than failing the page.
 */
export interface KeysetListParams<Sort extends string> {
  q?: string;
  marketplace?: MarketplaceFilter;
  range: DateRange | null;
  sort: Sort;
  dir: SortDir;
  /** Rows after this one (next page) or before it (previous page); never both. */
  after?: KeysetCursor;
  before?: KeysetCursor;
  pageSize: number;
}

export function keysetListUrl<Sort extends string, Filters extends Record<string, z.ZodType<string | undefined>>>(options: {
  /** Sort columns, the default (a date column) first; "amount" pages by a decimal cursor. */
  sorts: readonly [Sort, ...Sort[]];
  /** The list's own optional filters, each a string parameter that falls back to undefined. */
  filters: Filters;
}) {
  type Params = KeysetListParams<Sort> & { [K in keyof Filters]?: z.output<Filters[K]> };
  const schema = z.object({
    q: searchQueryParam,
    marketplace: marketplaceParam,
    sort: z.enum(options.sorts as unknown as [Sort, ...Sort[]]).catch(options.sorts[0]),
    dir: sortDirParam.catch("desc"),
    after: cursorParam,
    before: cursorParam,
    size: pageSizeParam,
  });
  const filterSchema = z.object(options.filters);
  const filterKeys = Object.keys(options.filters) as Array<keyof Filters & string>;

  function parse(input: SearchParamsInput, now = new Date()): Params {
    const raw = searchParamsToObject(input);
    const parsed = schema.parse(raw);
    const filters = filterSchema.parse(raw) as Record<string, string | undefined>;
    const cursorKind = parsed.sort === "amount" ? "decimal" : "timestamp";
    const after = decodeCursor(parsed.after, cursorKind);
    const own = Object.fromEntries(filterKeys.map((k) => [k, filters[k]]));
    return {
      q: parsed.q,
      marketplace: parsed.marketplace,
      ...own,
      range: resolvePeriod(raw, { now, fallback: parsed.q ? "all" : "30d", allowAll: true }),
      sort: parsed.sort as Sort,
      dir: parsed.dir,
      after,
      before: after ? undefined : decodeCursor(parsed.before, cursorKind),
      pageSize: parsed.size,
    } as Params;
  }

  /** The filter part of the URL (no paging), for links that keep the filters: sort, export, pages. */
  function filterParams(params: Params): Record<string, string> {
    const own = params as unknown as Record<string, string | undefined>;
    return {
      ...(params.q ? { q: params.q } : {}),
      ...(params.marketplace ? { marketplace: params.marketplace } : {}),
      ...Object.fromEntries(filterKeys.filter((k) => own[k]).map((k) => [k, own[k]!])),
      ...periodToParams(params.range),
      sort: params.sort,
      dir: params.dir,
      size: String(params.pageSize),
    };
  }

  return { parse, filterParams };
}
