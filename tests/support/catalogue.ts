import { catalogueText } from "@/lib/i18n/catalogue-text";
import type { Locale } from "@/lib/i18n/config";
import type { MessageKey, TranslateKey } from "@/lib/integrations/types";

/** A translator over one message catalogue, standing in for next-intl's in a page. */
export function translatorFor(locale: Locale): TranslateKey {
  return (key) => catalogueText(locale, key);
}

/** A registry key's text in both languages, as the pages show it. */
export function inBothLanguages(key: MessageKey): { ru: string; en: string } {
  return { ru: catalogueText("ru", key), en: catalogueText("en", key) };
}
