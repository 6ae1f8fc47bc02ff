import type { MessageKey } from "@/lib/integrations/types";

/**
 * WB API token categories as bits of the JWT claim `s`. The per-method category is in the
 * specs (`x-category`, and the /ping table in 01-general.yaml); the bit numbers are WB's
 * "token decoding" table from the API information page, which the YAML files only link to.
 */
export const WB_TOKEN_CATEGORIES = {
  content: { bit: 1 },
  analytics: { bit: 2 },
  prices: { bit: 3 },
  marketplace: { bit: 4 },
  statistics: { bit: 5 },
  promotion: { bit: 6 },
  feedbacks: { bit: 7 },
  recommendations: { bit: 8 },
  buyerChat: { bit: 9 },
  supplies: { bit: 10 },
  returns: { bit: 11 },
  documents: { bit: 12 },
  finance: { bit: 13 },
} as const satisfies Record<string, { bit: number }>;

export type WbTokenCategory = keyof typeof WB_TOKEN_CATEGORIES;

/** A category's name is a catalogue key, so pages show it in the reader's language. */
export function wbCategoryLabelKey(category: WbTokenCategory): MessageKey {
  return `integrations.scopes.wildberries.${category}`;
}

/** Bit 30 marks a read-only token: GET-like methods only. */
export const WB_READ_ONLY_BIT = 30;

/**
 * What each synced resource needs, from the `x-category` of the operation we call:
 * cards list → content; orders and sales → statistics; the WB-warehouse stocks report →
 * contentanalytics (the "Аналитика" token category); seller warehouses → marketplace.
 */
export const WB_REQUIRED_CATEGORIES = {
  products: "content",
  orders: "statistics",
  sales: "statistics",
  stocks: "analytics",
  warehouses: "marketplace",
} as const satisfies Record<string, WbTokenCategory>;

export const WB_NEEDED_CATEGORIES: WbTokenCategory[] = ["content", "statistics", "analytics", "marketplace"];

export function categoriesFromMask(mask: number): WbTokenCategory[] {
  return (Object.keys(WB_TOKEN_CATEGORIES) as WbTokenCategory[]).filter((name) => hasBit(mask, WB_TOKEN_CATEGORIES[name].bit));
}

export function maskFromCategories(categories: readonly WbTokenCategory[], options: { readOnly?: boolean } = {}): number {
  let mask = [...new Set(categories)].reduce((acc, name) => acc + 2 ** WB_TOKEN_CATEGORIES[name].bit, 0);
  if (options.readOnly) mask += 2 ** WB_READ_ONLY_BIT;
  return mask;
}

/** Bit test that stays correct above bit 31 (JS bitwise operators are 32-bit signed). */
export function hasBit(mask: number, bit: number): boolean {
  return Math.floor(mask / 2 ** bit) % 2 === 1;
}
