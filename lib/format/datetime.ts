/**
 * Time in the views. Marketplace timestamps are stored in UTC and always shown in Moscow time,
 * the time WB and Ozon themselves report in. Days (filters, chart buckets) are Moscow days.
 *
 * Moscow has been UTC+3 all year round since 26 October 2014, so a Moscow day is a fixed UTC
 * window; SQL groups with `AT TIME ZONE 'Europe/Moscow'`, which agrees for any date we store.
 */
export const MOSCOW_TIME_ZONE = "Europe/Moscow";
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const intlLocale = (locale: string) => (locale === "en" ? "en-GB" : "ru-RU");

// Building an Intl.DateTimeFormat costs far more than using one; a table formats hundreds of dates.
const formats = new Map<string, Intl.DateTimeFormat>();
function cachedFormat(kind: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${kind}:${locale}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), options);
    formats.set(key, format);
  }
  return format;
}

/** A calendar day as "YYYY-MM-DD". */
export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDay(value: string): value is IsoDay {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The Moscow calendar day an instant falls on. */
export function moscowDay(instant: Date): IsoDay {
  return new Date(instant.getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Moscow day starts (00:00 MSK = 21:00 UTC the day before). */
export function moscowDayStart(day: IsoDay): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - MOSCOW_OFFSET_MS);
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (to − from). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** "05.03.2025, 14:07" in Moscow time. */
export function formatMoscowDateTime(instant: Date | string, locale = "ru"): string {
  return cachedFormat("dateTime", locale, {
    timeZone: MOSCOW_TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(instant));
}

/** "5 мар." for chart axes; the day is a Moscow day already, so it is formatted as UTC. */
export function formatDayShort(day: IsoDay, locale = "ru"): string {
  return cachedFormat("dayShort", locale, { timeZone: "UTC", day: "numeric", month: "short" }).format(new Date(`${day}T00:00:00Z`));
}

/** "5 марта 2025 г." for captions and tooltips. */
export function formatDayLong(day: IsoDay, locale = "ru"): string {
  return cachedFormat("dayLong", locale, { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
