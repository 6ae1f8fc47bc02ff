import type { OzonAccount } from "@/devtools/sandbox/ozon/accounts";
import { offerIdOf, productIdOf, skuOf } from "@/devtools/sandbox/ozon/catalog";
import { between, unit } from "@/devtools/sandbox/ozon/hash";
import { warehousesOf } from "@/devtools/sandbox/ozon/warehouses";

const enum Salt {
  Base = 41,
  Drift,
  Reserved,
  Empty,
}

/** Stock levels move every 6 hours of sandbox time (sales draw them down, restocks refill). */
export const STOCK_PERIOD_MS = 6 * 3_600_000;

export type StockType = "fbs" | "rfbs";

/** Every product is stocked in the seller's FBS warehouses; one in three also ships rFBS. */
export function stockTypesOf(index: number): StockType[] {
  return index % 3 === 0 ? ["fbs", "rfbs"] : ["fbs"];
}

export function stockLevel(account: OzonAccount, index: number, type: StockType, nowMs: number) {
  const key = index * 2 + (type === "fbs" ? 0 : 1);
  const period = Math.floor(nowMs / STOCK_PERIOD_MS);
  if (unit(account.seed, key, Salt.Empty) < 0.05) return { present: 0, reserved: 0 };
  const base = between(account.seed, key, Salt.Base, 5, 300);
  const present = Math.max(0, Math.round(base * (0.4 + 0.8 * unit(account.seed, key * 7919 + period, Salt.Drift))));
  const reserved = Math.min(present, Math.floor(present * 0.15 * unit(account.seed, key * 104_729 + period, Salt.Reserved)));
  return { present, reserved };
}

/** A `/v4/product/info/stocks` item as of `nowMs`. */
export function stocksItem(account: OzonAccount, index: number, nowMs: number) {
  const warehouses = warehousesOf(account);
  const sku = skuOf(account, index);
  return {
    product_id: productIdOf(account, index),
    offer_id: offerIdOf(index),
    stocks: stockTypesOf(index).map((type) => ({
      type,
      sku,
      shipment_type: "SHIPMENT_TYPE_GENERAL" as const,
      warehouse_ids: type === "fbs" ? warehouses.fbs.map((w) => w.id) : [warehouses.rfbs.id],
      ...stockLevel(account, index, type, nowMs),
    })),
  };
}
