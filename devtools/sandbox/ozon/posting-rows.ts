import type { OzonAccount } from "@/devtools/sandbox/ozon/accounts";
import { offerIdOf, productIdOf, productName, productPrice, skuOf } from "@/devtools/sandbox/ozon/catalog";
import { between, pad, unit } from "@/devtools/sandbox/ozon/hash";
import { postingMoments, statusAt, substatusOf, type PostingMoments } from "@/devtools/sandbox/ozon/lifecycle";
import { warehousesOf } from "@/devtools/sandbox/ozon/warehouses";

const enum Salt {
  Lines = 21,
  FirstProduct,
  Quantity,
}

export interface PostingLine {
  productIndex: number;
  quantity: number;
}

/** 1–3 distinct products per posting (70% / 20% / 10%). */
export function postingLines(account: OzonAccount, index: number): PostingLine[] {
  const r = unit(account.seed, index, Salt.Lines);
  const count = r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
  const first = between(account.seed, index, Salt.FirstProduct, 0, account.products - 1);
  const stride = 1 + Math.floor(account.products / 3);
  const lines: PostingLine[] = [];
  for (let k = 0; k < count; k++) {
    lines.push({
      productIndex: (first + k * stride) % account.products,
      quantity: between(account.seed, index * 4 + k, Salt.Quantity, 1, 3),
    });
  }
  return lines;
}

export const lineCount = (account: OzonAccount, index: number) => {
  const r = unit(account.seed, index, Salt.Lines);
  return r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
};

export function orderNumberOf(account: OzonAccount, index: number): string {
  return `${pad(index + 1, 10)}-${pad(account.seed % 10_000, 4)}`;
}
export const postingNumberOf = (account: OzonAccount, index: number) => `${orderNumberOf(account, index)}-1`;
export const orderIdOf = (account: OzonAccount, index: number) => 30_000_000_000 + (account.seed % 900) * 10_000_000 + index + 1;

const iso = (ms: number) => new Date(ms).toISOString();
const money = (amount: number) => ({ amount: `${amount}.00`, currency: "RUB" });

function productRows(account: OzonAccount, lines: PostingLine[]) {
  return lines.map(({ productIndex, quantity }) => ({
    sku: skuOf(account, productIndex),
    offer_id: offerIdOf(productIndex),
    name: productName(account, productIndex),
    quantity,
    price: money(productPrice(account, productIndex)),
  }));
}

function financialProducts(account: OzonAccount, lines: PostingLine[]) {
  return lines.map(({ productIndex, quantity }) => {
    const price = productPrice(account, productIndex);
    const commission = Math.round(price * 0.15 * 100) / 100;
    return {
      product_id: productIdOf(account, productIndex),
      price,
      old_price: price,
      payout: Math.round((price - commission) * 100) / 100,
      total_discount_value: 0,
      total_discount_percent: 0,
      actions: [],
      commission: { amount: commission, currency: "RUB", percent: 15 },
      quantity,
    };
  });
}

function cancellationOf(m: PostingMoments, nowMs: number) {
  const cancelled = statusAt(m, nowMs) === "cancelled";
  return {
    cancel_reason_id: cancelled ? 402 : 0,
    cancel_reason: cancelled ? "Покупатель отменил заказ" : "",
    cancellation_type: cancelled ? "client" : "",
    cancellation_initiator: cancelled ? "Покупатель" : "",
    cancelled_after_ship: false,
    affect_cancellation_rating: false,
  };
}

/** What both posting shapes start with: moments, status, lines and the identifying fields. */
function postingBasics(account: OzonAccount, index: number, nowMs: number) {
  const m = postingMoments(account, index);
  const status = statusAt(m, nowMs);
  const identity = {
    posting_number: postingNumberOf(account, index),
    order_id: orderIdOf(account, index),
    order_number: orderNumberOf(account, index),
    status,
    substatus: substatusOf(status),
  };
  return { m, status, lines: postingLines(account, index), identity };
}

/** A `/v4/posting/fbs/list` posting as of `nowMs`. */
export function fbsPosting(account: OzonAccount, index: number, nowMs: number, withFinancial: boolean) {
  const { m, status, lines, identity } = postingBasics(account, index, nowMs);
  const warehouse = warehousesOf(account).fbs[index % 2];
  return {
    ...identity,
    delivery_method: {
      id: warehouse.id + 1,
      name: `Доставка Ozon, ${warehouse.name}`,
      warehouse_id: warehouse.id,
      warehouse: warehouse.name,
      tpl_provider_id: 24,
      tpl_provider: "Доставка Ozon",
    },
    tracking_number: "",
    tpl_integration_type: "ozon",
    in_process_at: iso(m.createdMs),
    shipment_date: iso(m.shippedMs),
    // Absent rather than null: the spec types these as plain strings/objects.
    delivering_date: status === "delivering" || status === "delivered" ? iso(m.shippedMs) : undefined,
    cancellation: cancellationOf(m, nowMs),
    products: productRows(account, lines),
    financial_data: withFinancial
      ? { cluster_from: "Москва", cluster_to: "Казань", products: financialProducts(account, lines) }
      : undefined,
    is_express: false,
    is_multibox: false,
    multi_box_qty: 1,
    parent_posting_number: "",
    delivery_schema: "FBS",
  };
}

/** A `/v3/posting/fbo/list` posting as of `nowMs`. */
export function fboPosting(account: OzonAccount, index: number, nowMs: number, withFinancial: boolean) {
  const { m, status, lines, identity } = postingBasics(account, index, nowMs);
  const warehouse = warehousesOf(account).fbo[index % 3];
  const cancellation = cancellationOf(m, nowMs);
  return {
    ...identity,
    cancel_reason_id: cancellation.cancel_reason_id,
    cancellation:
      status === "cancelled"
        ? {
            cancel_reason: cancellation.cancel_reason,
            cancellation_type: cancellation.cancellation_type,
            cancellation_initiator: cancellation.cancellation_initiator,
          }
        : undefined,
    created_at: iso(m.createdMs),
    in_process_at: iso(m.createdMs + 60_000),
    products: productRows(account, lines).map((p) => ({ ...p, digital_codes: [], is_marketplace_buyout: false })),
    analytics_data: {
      warehouse_id: warehouse.id,
      warehouse_name: warehouse.name,
      delivery_type: "PVZ",
      is_premium: false,
      is_legal: false,
      city: "",
      payment_type_group_name: "картой онлайн",
    },
    financial_data: withFinancial
      ? { cluster_from: "Москва", cluster_to: "Казань", products: financialProducts(account, lines).map(({ quantity: _q, ...p }) => p) }
      : undefined,
    additional_data: [],
  };
}
