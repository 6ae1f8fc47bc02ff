import { describe, expect, it } from "vitest";
import { listIntegrations } from "@/lib/integrations/all";
import { scopeLabelKeys } from "@/lib/connections/scope-catalog";
import { hasCatalogueText } from "@/lib/i18n/catalogue-text";
import { locales } from "@/lib/i18n/config";
import type { IntegrationDefinition, MessageKey } from "@/lib/integrations/types";

/**
 * The registry holds message keys, not text. The keys are read from the registered definitions
 * themselves, so a new provider, field or option whose copy is missing from either catalogue
 * fails here instead of rendering a raw key on the page.
 */
function keysOf(definition: IntegrationDefinition): MessageKey[] {
  return [
    definition.name,
    definition.description,
    ...definition.credentialFields.flatMap((field) => [
      field.label,
      ...(field.help ? [field.help] : []),
      ...(field.options ?? []).map((option) => option.label),
    ]),
  ];
}

describe("registry copy in the message catalogues", () => {
  const definitions = listIntegrations();
  const keys = [...definitions.flatMap(keysOf), ...scopeLabelKeys()];

  it("covers every registered provider, each field and the WB token categories", () => {
    expect(definitions.length).toBeGreaterThanOrEqual(7);
    expect(keys.length).toBeGreaterThan(definitions.length * 3);
    expect(keys).toContain("integrations.scopes.wildberries.statistics");
  });

  it.each(locales)("has every key in the %s catalogue", (locale) => {
    expect(keys.filter((key) => !hasCatalogueText(locale, key))).toEqual([]);
  });

  it("names each provider's copy under its own id, so two providers never share a key by accident", () => {
    for (const definition of definitions) {
      for (const key of keysOf(definition)) expect(key).toMatch(new RegExp(`^integrations\\.(providers|fields)\\.${definition.id}\\.`));
    }
  });
});
