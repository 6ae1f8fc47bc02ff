import { z } from "@/lib/validations/zod";
import { addDays, daysBetween, isIsoDay, moscowDay, moscowDayStart, type IsoDay } from "@/lib/format/datetime";

/**
 * URL search-param pieces shared by the seller views. Every view keeps its whole state in the
 * URL; a malformed or hand-edited value falls back to its default (`.catch`) instead of an
 * error page, so an old shared link still opens.
 */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

// C0 controls and DEL: nobody types them into a filter, and PostgreSQL refuses a NUL in text, so a
// `?q=%00` would fail the query (and cut a CSV export off mid-stream) instead of just searching.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** A URL value as a filter uses it: control characters dropped. */
export function withoutControlCharacters(value: string): string {
  return value.replace(CONTROL_CHARACTERS, "");
}

/** First value of each key, as Next gives repeated keys as arrays, without control characters. */
export function searchParamsToObject(input: SearchParamsInput): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && !(key in out)) out[key] = withoutControlCharacters(first);
  }
  return out;
}

export const marketplaces = ["wildberries", "ozon"] as const;
export type MarketplaceFilter = (typeof marketplaces)[number];

export const marketplaceParam = z.enum(marketplaces).optional().catch(undefined);
export const sortDirParam = z.enum(["asc", "desc"]);
export type SortDir = z.infer<typeof sortDirParam>;

/** Free-text search: trimmed, at most 100 characters, empty means none. */
export const searchQueryParam = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((v) => (v ? v : undefined))
  .catch(undefined);

export const isoDayParam = z.string().refine(isIsoDay).optional().catch(undefined);

export const pageSizes = [25, 50, 100] as const;
export const pageSizeParam = z.coerce
  .number()
  .int()
  .refine((n) => (pageSizes as readonly number[]).includes(n))
  .catch(50);

export const pageNumberParam = z.coerce.number().int().min(1).max(100_000).catch(1);

// ─── Periods ────────────────────────────────────────────────────────────────

export const periodPresets = ["7d", "30d", "90d"] as const;
export type PeriodPreset = (typeof periodPresets)[number];
export const periodParam = z
  .enum([...periodPresets, "custom", "all"])
  .optional()
  .catch(undefined);

/** Inclusive Moscow days, with the UTC instants that bound them: [start, end). */
export interface DateRange {
  preset: PeriodPreset | "custom";
  from: IsoDay;
  to: IsoDay;
  days: number;
  start: Date;
  end: Date;
}

export function dateRange(from: IsoDay, to: IsoDay, preset: DateRange["preset"] = "custom"): DateRange {
  return { preset, from, to, days: daysBetween(from, to) + 1, start: moscowDayStart(from), end: moscowDayStart(addDays(to, 1)) };
}

/** The same number of days right before `range`, for period-over-period deltas. */
export function previousRange(range: DateRange): DateRange {
  const to = addDays(range.from, -1);
  return dateRange(addDays(to, -(range.days - 1)), to);
}

export interface PeriodInput {
  period?: string;
  from?: string;
  to?: string;
}

/**
 * Resolves the URL's period to Moscow days ending today. `from`/`to` win over a preset when
 * both are valid; a reversed pair is swapped; a span over `maxDays` is clipped at its start.
 * Returns null for "all time", which only the tables allow (the overview always has a span).
 */
export function resolvePeriod(
  input: PeriodInput,
  options: { now: Date; fallback: PeriodPreset | "all"; allowAll?: boolean; maxDays?: number },
): DateRange | null {
  const period = periodParam.parse(input.period);
  const from = isoDayParam.parse(input.from);
  const to = isoDayParam.parse(input.to);
  const allowAll = options.allowAll ?? options.fallback === "all";
  // Typed days beat the preset select: a person who filled both dates meant them.
  if (from && to) {
    const [a, b] = from <= to ? [from, to] : [to, from];
    const max = options.maxDays ?? Infinity;
    return dateRange(daysBetween(a, b) + 1 > max ? addDays(b, -(max - 1)) : a, b);
  }
  const today = moscowDay(options.now);
  if (period && period !== "custom" && period !== "all") return presetRange(period, today);
  if (period === "all" && allowAll) return null;
  return options.fallback === "all" ? null : presetRange(options.fallback, today);
}

export function presetRange(preset: PeriodPreset, today: IsoDay): DateRange {
  const days = Number.parseInt(preset, 10);
  return dateRange(addDays(today, -(days - 1)), today, preset);
}

/** The URL form of a resolved period: a preset name, or explicit days. */
export function periodToParams(range: DateRange | null): Record<string, string> {
  if (!range) return { period: "all" };
  if (range.preset !== "custom") return { period: range.preset };
  return { period: "custom", from: range.from, to: range.to };
}
