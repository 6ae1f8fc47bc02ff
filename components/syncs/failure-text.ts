/**
 * A stored failure code (an IntegrationError code, "internal_error", "check_failed") in plain
 * language. The stored technical message is never shown to sellers; admins see it separately.
 */
type Translator = ((key: string) => string) & { has: (key: string) => boolean };

export function failureText(t: Translator, code: string | null | undefined): string | null {
  if (!code) return null;
  return t.has(code) ? t(code) : t("other");
}
