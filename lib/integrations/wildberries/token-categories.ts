import type { Localized } from "@/lib/integrations/types";

/**
 * WB API token categories as bits of the JWT claim `s`. The per-method category is in the
 * specs (`x-category`, and the /ping table in 01-general.yaml); the bit numbers are WB's
 * "token decoding" table from the API information page, which the YAML files only link to.
 */
export const WB_TOKEN_CATEGORIES = {
  content: { bit: 1, label: { ru: "Контент", en: "Content" } },
  analytics: { bit: 2, label: { ru: "Аналитика", en: "Analytics" } },
  prices: { bit: 3, label: { ru: "Цены и скидки", en: "Prices and discounts" } },
  marketplace: { bit: 4, label: { ru: "Маркетплейс", en: "Marketplace" } },
  statistics: { bit: 5, label: { ru: "Статистика", en: "Statistics" } },
  promotion: { bit: 6, label: { ru: "Продвижение", en: "Promotion" } },
  feedbacks: { bit: 7, label: { ru: "Вопросы и отзывы", en: "Questions and feedback" } },
  recommendations: { bit: 8, label: { ru: "Рекомендации", en: "Recommendations" } },
  buyerChat: { bit: 9, label: { ru: "Чат с покупателями", en: "Buyer chat" } },
  supplies: { bit: 10, label: { ru: "Поставки", en: "Supplies" } },
  returns: { bit: 11, label: { ru: "Возвраты покупателями", en: "Buyer returns" } },
  documents: { bit: 12, label: { ru: "Документы", en: "Documents" } },
  finance: { bit: 13, label: { ru: "Финансы", en: "Finance" } },
} as const satisfies Record<string, { bit: number; label: Localized }>;

export type WbTokenCategory = keyof typeof WB_TOKEN_CATEGORIES;

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
