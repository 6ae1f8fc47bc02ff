/**
 * Money in the views. Amounts travel from SQL as integer kopecks (exact sums, no float drift)
 * and are formatted as RUB with the reader's locale rules: "1 234,50 ₽" in Russian.
 */
const intlLocale = (locale: string) => (locale === "en" ? "en-US" : "ru-RU");

const numberFormats = new Map<string, Intl.NumberFormat>();
function cached(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = numberFormats.get(key);
  if (!format) {
    format = make();
    numberFormats.set(key, format);
  }
  return format;
}

function rubFormat(locale: string, fractionDigits: 0 | 2): Intl.NumberFormat {
  return cached(
    `rub:${locale}:${fractionDigits}`,
    () =>
      new Intl.NumberFormat(intlLocale(locale), {
        style: "currency",
        currency: "RUB",
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }),
  );
}

/** "1 234,50 ₽" from 123450 kopecks. */
export function formatRubFromKopecks(kopecks: number, locale = "ru"): string {
  return rubFormat(locale, 2).format(kopecks / 100);
}

/** "1 234,50 ₽" from a decimal string as Postgres prints numeric ("1234.50"), or a number. */
export function formatRub(amount: string | number, locale = "ru"): string {
  const value = typeof amount === "number" ? amount : Number(amount);
  return rubFormat(locale, 2).format(Number.isFinite(value) ? value : 0);
}

/** Whole roubles, for KPI tiles where kopecks are noise: "1 234 ₽". */
export function formatRubWhole(kopecks: number, locale = "ru"): string {
  return rubFormat(locale, 0).format(Math.round(kopecks / 100));
}

/** Short axis labels: "950 ₽", "12 тыс. ₽", "1,2 млн ₽" (compact notation keeps axes readable). */
export function formatRubCompact(rubles: number, locale = "ru"): string {
  return cached(
    `compact:${locale}`,
    () =>
      new Intl.NumberFormat(intlLocale(locale), {
        style: "currency",
        currency: "RUB",
        notation: "compact",
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      }),
  ).format(rubles);
}

/** "1 234 567". */
export function formatCount(value: number, locale = "ru"): string {
  return cached(`count:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 })).format(value);
}

/** "12,5" with one decimal; for days of stock and daily rates. */
export function formatDecimal(value: number, locale = "ru", fractionDigits = 1): string {
  return cached(
    `decimal:${locale}:${fractionDigits}`,
    () => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }),
  ).format(value);
}
