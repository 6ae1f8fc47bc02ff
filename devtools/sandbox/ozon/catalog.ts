import type { OzonAccount } from "@/devtools/sandbox/ozon/accounts";
import { HISTORY_MS } from "@/devtools/sandbox/ozon/accounts";
import { between, pad, unit } from "@/devtools/sandbox/ozon/hash";

/** Stream salts, so each attribute of a product draws independently. */
const enum Salt {
  Noun = 101,
  Adjective,
  Price,
  Discount,
  Created,
  Archived,
  Barcode,
}

const NOUNS = ["Футболка", "Кружка", "Рюкзак", "Кроссовки", "Наушники", "Чехол", "Лампа", "Плед", "Термос", "Сковорода", "Зонт", "Кабель"];
const ADJECTIVES = [
  "хлопковая",
  "керамическая",
  "городской",
  "беговые",
  "беспроводные",
  "силиконовый",
  "настольная",
  "шерстяной",
  "дорожный",
  "антипригарная",
  "складной",
  "USB-C",
];

/**
 * Product identity by index: ids are arithmetic so `/v3/product/info/list` can map an incoming
 * product_id / sku / offer_id back to its index without a lookup table.
 */
export function productIdBase(account: OzonAccount): number {
  return 100_000_000 + (account.seed % 9000) * 1_000_000;
}
export const productIdOf = (account: OzonAccount, index: number) => productIdBase(account) + index + 1;
export const skuOf = (account: OzonAccount, index: number) => 10 * productIdBase(account) + 7_000_000 + index + 1;
export const offerIdOf = (index: number) => `OZ-${pad(index + 1, 6)}`;

export function productIndexFromId(account: OzonAccount, productId: number): number | undefined {
  const index = productId - productIdBase(account) - 1;
  return Number.isInteger(index) && index >= 0 && index < account.products ? index : undefined;
}
export function productIndexFromSku(account: OzonAccount, sku: number): number | undefined {
  const index = sku - 10 * productIdBase(account) - 7_000_000 - 1;
  return Number.isInteger(index) && index >= 0 && index < account.products ? index : undefined;
}
export function productIndexFromOfferId(account: OzonAccount, offerId: string): number | undefined {
  const match = /^OZ-(\d{6,})$/.exec(offerId);
  const index = match ? Number(match[1]) - 1 : -1;
  return index >= 0 && index < account.products ? index : undefined;
}

export function productName(account: OzonAccount, index: number): string {
  const noun = NOUNS[between(account.seed, index, Salt.Noun, 0, NOUNS.length - 1)];
  const adjective = ADJECTIVES[between(account.seed, index, Salt.Adjective, 0, ADJECTIVES.length - 1)];
  return `${noun} ${adjective}, арт. ${offerIdOf(index)}`;
}

/** Price in whole roubles; postings and analytics use the same figure. */
export const productPrice = (account: OzonAccount, index: number) => between(account.seed, index, Salt.Price, 20, 2000) * 10;
const oldPrice = (account: OzonAccount, index: number) =>
  Math.round((productPrice(account, index) * (100 + between(account.seed, index, Salt.Discount, 0, 40))) / 1000) * 10;
export const isArchived = (account: OzonAccount, index: number) => unit(account.seed, index, Salt.Archived) < 0.03;

/** A `/v3/product/list` item. */
export function productListItem(account: OzonAccount, index: number) {
  return {
    product_id: productIdOf(account, index),
    offer_id: offerIdOf(index),
    sku: skuOf(account, index),
    has_fbo_stocks: index % 4 === 0,
    has_fbs_stocks: true,
    archived: isArchived(account, index),
    is_discounted: false,
    quants: [],
  };
}

/** A `/v3/product/info/list` item (the card fields a seller sees, in the spec's types). */
export function productInfo(account: OzonAccount, index: number) {
  const createdMs = account.anchorMs - HISTORY_MS - between(account.seed, index, Salt.Created, 1, 365) * 86_400_000;
  const sku = skuOf(account, index);
  const price = productPrice(account, index);
  return {
    id: productIdOf(account, index),
    offer_id: offerIdOf(index),
    sku,
    name: productName(account, index),
    barcodes: [`46${pad(between(account.seed, index, Salt.Barcode, 0, 99_999_999), 8)}${pad(index % 1000, 3)}`],
    currency_code: "RUB",
    price: `${price}.00`,
    old_price: `${oldPrice(account, index)}.00`,
    min_price: `${Math.round(price * 0.9)}.00`,
    vat: "0.2",
    created_at: new Date(createdMs).toISOString(),
    updated_at: new Date(createdMs + 86_400_000).toISOString(),
    is_archived: isArchived(account, index),
    is_autoarchived: false,
    is_discounted: false,
    is_kgt: false,
    description_category_id: 17_028_922,
    type_id: 91_565,
    images: [],
    primary_image: [`https://cdn1.ozone.ru/s3/multimedia/${sku}.jpg`],
    color_image: [],
    statuses: {
      is_created: true,
      moderate_status: "approved",
      status: "price_sent",
      status_name: "Продается",
      validation_status: "success",
    },
    visibility_details: { has_price: true, has_stock: true },
    sources: [
      { sku, source: "sds", created_at: new Date(createdMs).toISOString(), shipment_type: "SHIPMENT_TYPE_GENERAL", quant_code: "" },
    ],
    volume_weight: 0.5,
  };
}
