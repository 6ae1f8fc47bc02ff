import { resolvePeriod, searchParamsToObject, type DateRange, type SearchParamsInput } from "@/lib/validations/list-params";

/**
 * The overview's URL: ?period=7d|30d|90d|custom&from=YYYY-MM-DD&to=YYYY-MM-DD.
 * Moscow days, at most a year (and the year before it for the comparison).
 */
export const OVERVIEW_MAX_DAYS = 366;

export interface OverviewParams {
  range: DateRange;
}

export function parseOverviewParams(input: SearchParamsInput, now = new Date()): OverviewParams {
  const range = resolvePeriod(searchParamsToObject(input), { now, fallback: "30d", maxDays: OVERVIEW_MAX_DAYS });
  // resolvePeriod returns null only when "all" is allowed, which it is not here.
  return { range: range! };
}
