/**
 * WB statistics speaks Moscow wall time without an offset (`2022-03-04T18:08:31`); Moscow has
 * been UTC+3 all year since 2014, so a fixed offset is exact for the dates WB keeps (90 days).
 */
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;

const DAY_MS = 86_400_000;
const dayPrefixes = new Map<number, string>();

/**
 * `YYYY-MM-DDTHH:mm:ss` in Moscow time. The sandbox formats millions of these, so the date
 * part is cached per day and the time part is plain arithmetic.
 */
export function formatMoscowDateTime(ms: number): string {
  const local = ms + MOSCOW_OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    if (dayPrefixes.size > 4096) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  const seconds = Math.floor((local - day * DAY_MS) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const sec = seconds % 60;
  return `${prefix}${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}:${sec < 10 ? "0" : ""}${sec}`;
}

/** `YYYY-MM-DD` of the Moscow calendar day containing `ms`. */
export function formatMoscowDate(ms: number): string {
  return new Date(ms + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
}

/** `2024-08-16T11:19:05+03:00`, the style of WB's `/ping` `TS`. */
export function formatMoscowWithOffset(ms: number): string {
  return `${formatMoscowDateTime(ms)}+03:00`;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses what WB accepts in `dateFrom` (RFC3339 date or date-time, seconds or fractions; no
 * offset means Moscow) and what it returns in `lastChangeDate`. Returns epoch ms, or
 * undefined when the text is not such a date. Sub-millisecond digits are dropped.
 */
export function parseMoscowDateTime(text: string): number | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = "00", mi = "00", s = "00", frac = "", zone] = m;
  const ms = Number(frac.padEnd(3, "0").slice(0, 3));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const check = new Date(utc);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return undefined;
  }
  if (!zone) return utc - MOSCOW_OFFSET_MS;
  if (zone === "Z") return utc;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}
