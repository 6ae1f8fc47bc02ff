import type { CheckMessage } from "@/lib/integrations/types";

/** next-intl's translator, or any function of the same shape (tests build one over a catalogue). */
export type TranslateCheck = (key: string, values?: Record<string, string | number>) => string;

/**
 * A check's message in the reader's language. Scope ids (WB token categories) are named by the
 * caller's `nameScopes`, which knows the locale; everything else comes from the catalogue, so no
 * vendor or exception text reaches the page.
 */
export function checkMessageText(message: CheckMessage, translate: TranslateCheck, nameScopes: (ids: string[]) => string[]): string {
  const values = { ...message.values };
  if (message.scopes) values.scopes = nameScopes(message.scopes).join(", ") || "—";
  return translate(`integrations.check.${message.key}`, values);
}
