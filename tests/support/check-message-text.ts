import { createTranslator } from "next-intl";
import { scopeLabels } from "@/lib/connections/scope-catalog";
import { checkMessageText, type TranslateCheck } from "@/lib/integrations/check-message";
import ru from "@/lib/i18n/messages/ru.json";
import { translatorFor } from "./catalogue";
import type { CheckMessage } from "@/lib/integrations/types";

/** A check's message as a Russian reader sees it, rendered the way the connection pages render it. */
export function russianCheckText(provider: string, message: CheckMessage | undefined): string | undefined {
  if (!message) return undefined;
  const t = createTranslator({ locale: "ru", messages: ru }) as unknown as TranslateCheck;
  return checkMessageText(message, t, (ids) => scopeLabels(provider, ids, translatorFor("ru")));
}
