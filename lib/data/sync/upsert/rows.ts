/**
 * The marketplace-neutral rows the sync writes, one type per table. Mappers turn vendor rows
 * into these; the table specs turn these into SQL arrays. Timestamps are ISO strings and money
 * is a decimal string, so nothing is lost between the vendor's JSON and PostgreSQL.
 */
export interface ProductRow {
  externalId: string;
  offerId: string;
  sku: string | null;
  name: string;
  brand: string | null;
  category: string | null;
  barcode: string | null;
  imageUrl: string | null;
  price: string | null;
  vendorUpdatedAt: string | null;
  archived: boolean;
}

export interface StockRow {
  itemKey: string;
  warehouseKey: string;
  warehouseName: string;
  productExternalId: string | null;
  offerId: string | null;
  name: string | null;
  quantity: number;
  reserved: number;
  inWayToClient: number;
  inWayFromClient: number;
}

export interface OrderRow {
  externalId: string;
  lineKey: string;
  orderedAt: string;
  vendorChangedAt: string | null;
  status: string;
  isCancelled: boolean;
  cancelledAt: string | null;
  fulfillment: string | null;
  productExternalId: string | null;
  offerId: string | null;
  sku: string | null;
  productName: string | null;
  brand: string | null;
  category: string | null;
  warehouseName: string | null;
  region: string | null;
  quantity: number;
  amount: string;
}

export interface SaleRow {
  externalId: string;
  lineKey: string;
  orderExternalId: string | null;
  kind: "sale" | "return";
  soldAt: string;
  vendorChangedAt: string | null;
  productExternalId: string | null;
  offerId: string | null;
  sku: string | null;
  productName: string | null;
  warehouseName: string | null;
  region: string | null;
  quantity: number;
  amount: string;
  payout: string | null;
}

export interface RowsByResource {
  products: ProductRow;
  stocks: StockRow;
  orders: OrderRow;
  sales: SaleRow;
}
