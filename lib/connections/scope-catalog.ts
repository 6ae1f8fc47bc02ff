import { WB_NEEDED_CATEGORIES, WB_TOKEN_CATEGORIES } from "@/lib/integrations/wildberries/token-categories";
import type { Localized } from "@/lib/integrations/types";

/**
 * Names of the scopes a provider's credentials grant (WB token categories), and which of them
 * the product needs, so a card can say "the token lacks Statistics". The registry contract has
 * no place for them yet; a provider without scopes needs no entry here.
 */
interface ScopeCatalog {
  labels: Record<string, Localized>;
  needed: readonly string[];
}

const CATALOGS: Record<string, ScopeCatalog> = {
  wildberries: {
    labels: Object.fromEntries(Object.entries(WB_TOKEN_CATEGORIES).map(([id, c]) => [id, c.label])),
    needed: WB_NEEDED_CATEGORIES,
  },
};

export interface ScopeSummary {
  granted: string[];
  missing: string[];
}

/** Granted and missing scopes as labels in the reader's language. */
export function describeScopes(provider: string, scopes: string[], locale: string): ScopeSummary | null {
  const catalog = CATALOGS[provider];
  if (!catalog || scopes.length === 0) return null;
  const label = (id: string) => catalog.labels[id]?.[locale === "en" ? "en" : "ru"] ?? id;
  return {
    granted: scopes.map(label),
    missing: catalog.needed.filter((id) => !scopes.includes(id)).map(label),
  };
}

/** Labels for scope ids a check or an error named. */
export function scopeLabels(provider: string, ids: string[], locale: string): string[] {
  const catalog = CATALOGS[provider];
  return ids.map((id) => catalog?.labels[id]?.[locale === "en" ? "en" : "ru"] ?? id);
}
