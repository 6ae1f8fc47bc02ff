import { parseMoscowDateTime } from "@/lib/integrations/wildberries/moscow-time";
import type { WbCard, WbOrder, WbSale, WbStockRow } from "@/lib/integrations/wildberries/schemas";
import type { OrderRow, ProductRow, SaleRow, StockRow } from "@/lib/data/sync/upsert/rows";

/**
 * WB rows → table rows. WB statistics dates are Moscow wall time without an offset (UTC+3 all
 * year since 2014); stored as instants. The plain form gets the offset appended and PostgreSQL
 * parses it (a million rows' dates cost nothing in JS that way); anything else is parsed here.
 */
const PLAIN_MOSCOW = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/;

export function moscowToIso(text: string): string {
  if (PLAIN_MOSCOW.test(text)) return `${text}+03:00`;
  const ms = parseMoscowDateTime(text);
  if (ms === undefined) throw new Error(`not a WB date: ${text}`);
  return new Date(ms).toISOString();
}

/** WB writes "0001-01-01T00:00:00" for "never". */
const optionalMoscow = (text: string | undefined) => (text && !text.startsWith("0001-") ? moscowToIso(text) : null);
const money = (value: number) => value.toFixed(2);

export function mapWbCard(card: WbCard): ProductRow {
  const firstSize = card.sizes?.[0];
  return {
    externalId: String(card.nmID),
    offerId: card.vendorCode,
    sku: null,
    name: card.title || card.subjectName || card.vendorCode,
    brand: card.brand || null,
    category: card.subjectName ?? null,
    barcode: firstSize?.skus?.[0] ?? null,
    imageUrl: card.photos?.[0]?.big ?? null,
    price: null,
    vendorUpdatedAt: new Date(card.updatedAt).toISOString(),
    archived: false,
  };
}

export function mapWbStock(row: WbStockRow): StockRow {
  return {
    itemKey: String(row.chrtId),
    warehouseKey: String(row.warehouseId),
    warehouseName: row.warehouseName,
    productExternalId: String(row.nmId),
    offerId: null,
    name: null,
    quantity: row.quantity,
    reserved: 0,
    inWayToClient: row.inWayToClient,
    inWayFromClient: row.inWayFromClient,
  };
}

export function mapWbOrder(order: WbOrder): OrderRow {
  return {
    externalId: order.srid,
    lineKey: "",
    orderedAt: moscowToIso(order.date),
    vendorChangedAt: moscowToIso(order.lastChangeDate),
    status: order.isCancel ? "cancelled" : "ordered",
    isCancelled: order.isCancel,
    cancelledAt: order.isCancel ? optionalMoscow(order.cancelDate) : null,
    fulfillment: order.warehouseType === "Склад продавца" ? "FBS" : "FBW",
    productExternalId: String(order.nmId),
    offerId: order.supplierArticle,
    sku: order.barcode,
    productName: order.subject ?? null,
    brand: order.brand ?? null,
    category: order.category ?? null,
    warehouseName: order.warehouseName,
    region: order.regionName ?? null,
    quantity: 1,
    // What the buyer paid, after the seller's discount and WB's own (spp).
    amount: money(order.finishedPrice),
  };
}

export function mapWbSale(sale: WbSale): SaleRow {
  return {
    externalId: sale.saleID,
    lineKey: "",
    orderExternalId: sale.srid,
    kind: sale.saleID.startsWith("R") ? "return" : "sale",
    soldAt: moscowToIso(sale.date),
    vendorChangedAt: moscowToIso(sale.lastChangeDate),
    productExternalId: String(sale.nmId),
    offerId: sale.supplierArticle,
    sku: sale.barcode,
    productName: sale.subject ?? null,
    warehouseName: sale.warehouseName,
    region: sale.regionName ?? null,
    quantity: 1,
    amount: money(sale.finishedPrice),
    payout: money(sale.forPay),
  };
}
