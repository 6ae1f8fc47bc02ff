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
 * The orders list's URL: ?q=&marketplace=&status=&period=30d|7d|90d|custom|all&from=&to=
 * &sort=orderedAt|amount&dir=desc|asc&after=<cursor>|before=<cursor>&size=25|50|100.
 * Without a period the list shows the last 30 days, or all time when searching (a seller
 * looking up one order by its number should not have to guess its date).
 */
export const orderSortColumns = ["orderedAt", "amount"] as const;
export type OrderSortColumn = (typeof orderSortColumns)[number];

/** Statuses the filter offers; the sync stores vendor statuses as they come (WB: ordered/cancelled). */
export const knownOrderStatuses = ["ordered", "awaiting_packaging", "awaiting_deliver", "delivering", "delivered", "cancelled"] as const;

export const orderStatusParam = z
  .string()
  .regex(/^[a-z_]{1,40}$/)
  .optional()
  .catch(undefined);

const rawSchema = z.object({
  q: searchQueryParam,
  marketplace: marketplaceParam,
  status: orderStatusParam,
  sort: z.enum(orderSortColumns).catch("orderedAt"),
  dir: sortDirParam.catch("desc"),
  after: cursorParam,
  before: cursorParam,
  size: pageSizeParam,
});

export interface OrdersListParams {
  q?: string;
  marketplace?: MarketplaceFilter;
  status?: string;
  range: DateRange | null;
  sort: OrderSortColumn;
  dir: SortDir;
  /** Rows after this one (next page) or before it (previous page); never both. */
  after?: KeysetCursor;
  before?: KeysetCursor;
  pageSize: number;
}

export function parseOrdersParams(input: SearchParamsInput, now = new Date()): OrdersListParams {
  const raw = searchParamsToObject(input);
  const parsed = rawSchema.parse(raw);
  const kind = parsed.sort === "amount" ? "decimal" : "timestamp";
  const after = decodeCursor(parsed.after, kind);
  return {
    q: parsed.q,
    marketplace: parsed.marketplace,
    status: parsed.status,
    range: resolvePeriod(raw, { now, fallback: parsed.q ? "all" : "30d", allowAll: true }),
    sort: parsed.sort,
    dir: parsed.dir,
    after,
    before: after ? undefined : decodeCursor(parsed.before, kind),
    pageSize: parsed.size,
  };
}

/** The filter part of the URL (no paging), for links that keep the filters: sort, export, pages. */
export function ordersFilterParams(params: OrdersListParams): Record<string, string> {
  return {
    ...(params.q ? { q: params.q } : {}),
    ...(params.marketplace ? { marketplace: params.marketplace } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...periodToParams(params.range),
    sort: params.sort,
    dir: params.dir,
    size: String(params.pageSize),
  };
}
