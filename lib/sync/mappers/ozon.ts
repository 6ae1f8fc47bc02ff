import type { OzonFboPosting, OzonFbsPosting } from "@/lib/integrations/ozon/schemas/postings";
import type { OzonProductInfo } from "@/lib/integrations/ozon/schemas/products";
import type { OzonStocksItem } from "@/lib/integrations/ozon/schemas/stocks";
import type { OrderRow, ProductRow, SaleRow, StockRow } from "@/lib/data/sync/upsert/rows";

/** Ozon rows → table rows. A posting has one line per product (sku): the line key. */
export type OzonPosting = ({ scheme: "fbs" } & OzonFbsPosting) | ({ scheme: "fbo" } & OzonFboPosting);

const iso = (text: string) => new Date(text).toISOString();
/** Ozon money is a decimal string; a line's amount is price × quantity, kept in kopecks to stay exact. */
const lineAmount = (price: string, quantity: number) => ((Math.round(Number(price) * 100) * quantity) / 100).toFixed(2);

export function mapOzonProduct(info: OzonProductInfo): ProductRow {
  return {
    externalId: String(info.id),
    offerId: info.offer_id,
    sku: info.sku !== undefined ? String(info.sku) : null,
    name: info.name,
    brand: null,
    category: null,
    barcode: info.barcodes?.[0] ?? null,
    imageUrl: info.primary_image?.[0] ?? null,
    price: Number(info.price).toFixed(2),
    vendorUpdatedAt: iso(info.updated_at),
    archived: info.is_archived || (info.is_autoarchived ?? false),
  };
}

export function mapOzonStocks(item: OzonStocksItem): StockRow[] {
  return item.stocks.map((entry) => ({
    itemKey: String(entry.sku),
    warehouseKey: entry.type,
    warehouseName: entry.type.toUpperCase(),
    productExternalId: String(item.product_id),
    offerId: item.offer_id,
    name: null,
    quantity: entry.present,
    reserved: entry.reserved,
    inWayToClient: 0,
    inWayFromClient: 0,
  }));
}

function postingFacts(posting: OzonPosting) {
  return posting.scheme === "fbs"
    ? {
        orderedAt: posting.in_process_at,
        warehouse: posting.delivery_method?.warehouse ?? null,
        soldAt: posting.delivering_date ?? posting.shipment_date ?? posting.in_process_at,
      }
    : { orderedAt: posting.created_at, warehouse: posting.analytics_data?.warehouse_name ?? null, soldAt: posting.in_process_at };
}

export function mapOzonOrderLines(posting: OzonPosting): OrderRow[] {
  const facts = postingFacts(posting);
  const cancelled = posting.status === "cancelled";
  return posting.products.map((line) => ({
    externalId: posting.posting_number,
    lineKey: String(line.sku),
    orderedAt: iso(facts.orderedAt),
    vendorChangedAt: null,
    status: posting.status,
    isCancelled: cancelled,
    cancelledAt: null,
    fulfillment: posting.scheme.toUpperCase(),
    productExternalId: null,
    offerId: line.offer_id,
    sku: String(line.sku),
    productName: line.name,
    brand: null,
    category: null,
    warehouseName: facts.warehouse,
    region: null,
    quantity: line.quantity,
    amount: lineAmount(line.price.amount, line.quantity),
  }));
}

/** A delivered posting is a sale: one row per line. */
export function mapOzonSaleLines(posting: OzonPosting): SaleRow[] {
  const facts = postingFacts(posting);
  return posting.products.map((line) => ({
    externalId: posting.posting_number,
    lineKey: String(line.sku),
    orderExternalId: posting.order_number,
    kind: "sale",
    soldAt: iso(facts.soldAt),
    vendorChangedAt: null,
    productExternalId: null,
    offerId: line.offer_id,
    sku: String(line.sku),
    productName: line.name,
    warehouseName: facts.warehouse,
    region: null,
    quantity: line.quantity,
    amount: lineAmount(line.price.amount, line.quantity),
    payout: null,
  }));
}
