import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";
import type { Locale } from "@/lib/i18n/config";

const CATALOGUES: Record<Locale, unknown> = { ru, en };

/**
 * A catalogue entry read without a request, where next-intl has no locale: a value stored in the
 * database (a new connection's default name is Russian, as the product is) or an English log line.
 * Pages render keys with next-intl instead. Throws on a missing key, so a typo cannot store "".
 */
export function catalogueText(locale: Locale, key: string): string {
  const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], CATALOGUES[locale]);
  if (typeof text !== "string") throw new Error(`No "${key}" in the ${locale} message catalogue`);
  return text;
}

/** Whether the catalogue has a text at `key`; the registry's key test uses it. */
export function hasCatalogueText(locale: Locale, key: string): boolean {
  try {
    return catalogueText(locale, key).length > 0;
  } catch {
    return false;
  }
}
