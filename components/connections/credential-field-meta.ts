import type { CredentialField, TranslateKey } from "@/lib/integrations/types";

/**
 * A registry credential field as the browser's form needs it: labels in the reader's language,
 * and a default only for non-secret fields (secrets are write-only and never sent back).
 */
export interface CredentialFieldMeta {
  key: string;
  label: string;
  secret: boolean;
  placeholder?: string;
  help?: string;
  kind: "text" | "textarea" | "select";
  options?: Array<{ value: string; label: string }>;
  defaultValue?: string;
}

export function toFieldMeta(fields: CredentialField[], translate: TranslateKey, hints: Record<string, string> = {}): CredentialFieldMeta[] {
  return fields.map((f) => {
    const hint = hints[f.key];
    return {
      key: f.key,
      label: translate(f.label),
      secret: f.secret,
      placeholder: f.placeholder,
      help: f.help && translate(f.help),
      kind: f.kind ?? "text",
      options: f.options?.map((o) => ({ value: o.value, label: translate(o.label) })),
      // The hint of a non-secret field is its value (an Ozon Client-Id); a masked one is not.
      defaultValue: !f.secret && hint && !hint.includes("•") ? hint : undefined,
    };
  });
}
