import {
  WB_NEEDED_CATEGORIES,
  WB_TOKEN_CATEGORIES,
  wbCategoryLabelKey,
  type WbTokenCategory,
} from "@/lib/integrations/wildberries/token-categories";
import type { MessageKey, TranslateKey } from "@/lib/integrations/types";

/**
 * Names of the scopes a provider's credentials grant (WB token categories), and which of them
 * the product needs, so a card can say "the token lacks Statistics". The registry contract has
 * no place for them yet; a provider without scopes needs no entry here. Names are catalogue
 * keys: the caller's translator knows the reader's language.
 */
interface ScopeCatalog {
  labels: Record<string, MessageKey>;
  needed: readonly string[];
}

const CATALOGS: Record<string, ScopeCatalog> = {
  wildberries: {
    labels: Object.fromEntries((Object.keys(WB_TOKEN_CATEGORIES) as WbTokenCategory[]).map((id) => [id, wbCategoryLabelKey(id)])),
    needed: WB_NEEDED_CATEGORIES,
  },
};

/** Every scope-name key of every provider, for the test that both catalogues have them. */
export function scopeLabelKeys(): MessageKey[] {
  return Object.values(CATALOGS).flatMap((catalog) => Object.values(catalog.labels));
}

export interface ScopeSummary {
  granted: string[];
  missing: string[];
}

/** Granted and missing scopes as labels in the reader's language. */
export function describeScopes(provider: string, scopes: string[], translate: TranslateKey): ScopeSummary | null {
  const catalog = CATALOGS[provider];
  if (!catalog || scopes.length === 0) return null;
  return {
    granted: scopeLabels(provider, scopes, translate),
    missing: scopeLabels(
      provider,
      catalog.needed.filter((id) => !scopes.includes(id)),
      translate,
    ),
  };
}

/** Labels for scope ids a check or an error named; an unknown id shows as it is. */
export function scopeLabels(provider: string, ids: string[], translate: TranslateKey): string[] {
  const labels = CATALOGS[provider]?.labels;
  return ids.map((id) => (labels?.[id] ? translate(labels[id]) : id));
}
