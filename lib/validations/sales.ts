import { z } from "zod";
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
 * The sales list's URL: ?q=&marketplace=&kind=sale|return&period=…&from=&to=
 * &sort=soldAt|amount&dir=&after=|before=&size=. Same period rules as the orders list.
 */
export const saleSortColumns = ["soldAt", "amount"] as const;
export type SaleSortColumn = (typeof saleSortColumns)[number];
export const saleKinds = ["sale", "return"] as const;
export type SaleKindFilter = (typeof saleKinds)[number];

const rawSchema = z.object({
  q: searchQueryParam,
  marketplace: marketplaceParam,
  kind: z.enum(saleKinds).optional().catch(undefined),
  sort: z.enum(saleSortColumns).catch("soldAt"),
  dir: sortDirParam.catch("desc"),
  after: cursorParam,
  before: cursorParam,
  size: pageSizeParam,
});

export interface SalesListParams {
  q?: string;
  marketplace?: MarketplaceFilter;
  kind?: SaleKindFilter;
  range: DateRange | null;
  sort: SaleSortColumn;
  dir: SortDir;
  after?: KeysetCursor;
  before?: KeysetCursor;
  pageSize: number;
}

export function parseSalesParams(input: SearchParamsInput, now = new Date()): SalesListParams {
  const raw = searchParamsToObject(input);
  const parsed = rawSchema.parse(raw);
  const kind = parsed.sort === "amount" ? "decimal" : "timestamp";
  const after = decodeCursor(parsed.after, kind);
  return {
    q: parsed.q,
    marketplace: parsed.marketplace,
    kind: parsed.kind,
    range: resolvePeriod(raw, { now, fallback: parsed.q ? "all" : "30d", allowAll: true }),
    sort: parsed.sort,
    dir: parsed.dir,
    after,
    before: after ? undefined : decodeCursor(parsed.before, kind),
    pageSize: parsed.size,
  };
}

export function salesFilterParams(params: SalesListParams): Record<string, string> {
  return {
    ...(params.q ? { q: params.q } : {}),
    ...(params.marketplace ? { marketplace: params.marketplace } : {}),
    ...(params.kind ? { kind: params.kind } : {}),
    ...periodToParams(params.range),
    sort: params.sort,
    dir: params.dir,
    size: String(params.pageSize),
  };
}
