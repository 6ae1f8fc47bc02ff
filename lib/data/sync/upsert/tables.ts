import type { ColumnSpec, PgType, TableSpec } from "@/lib/data/sync/upsert/bulk-upsert";
import type { OrderRow, ProductRow, SaleRow, StockRow } from "@/lib/data/sync/upsert/rows";

/** How each synced table is upserted: natural key, columns, and what counts as a change. */
const col = <Name extends string>(name: Name, type: PgType) => ({ name, type }) satisfies ColumnSpec;

const tenant: ColumnSpec[] = [col("organizationId", "text"), col("connectionId", "text"), col("marketplace", '"Marketplace"')];
const touched = [`"updatedAt" = now()`];

export const productTable: TableSpec<ProductRow> = {
  table: "Product",
  constants: tenant,
  columns: [
    col("externalId", "text"),
    col("offerId", "text"),
    col("sku", "text"),
    col("name", "text"),
    col("brand", "text"),
    col("category", "text"),
    col("barcode", "text"),
    col("imageUrl", "text"),
    col("price", "numeric"),
    col("vendorUpdatedAt", "timestamptz"),
    col("archived", "bool"),
  ],
  conflict: ["connectionId", "externalId"],
  compare: ["offerId", "sku", "name", "brand", "category", "barcode", "imageUrl", "price", "vendorUpdatedAt", "archived"],
  onUpdate: touched,
  key: (r) => r.externalId,
};

export const stockTable: TableSpec<StockRow> = {
  table: "Stock",
  constants: tenant,
  columns: [
    col("itemKey", "text"),
    col("warehouseKey", "text"),
    col("warehouseName", "text"),
    col("productExternalId", "text"),
    col("offerId", "text"),
    col("name", "text"),
    col("quantity", "int"),
    col("reserved", "int"),
    col("inWayToClient", "int"),
    col("inWayFromClient", "int"),
  ],
  conflict: ["connectionId", "itemKey", "warehouseKey"],
  compare: ["warehouseName", "productExternalId", "offerId", "name", "quantity", "reserved", "inWayToClient", "inWayFromClient"],
  onUpdate: touched,
  // A stocks sync reads the full report; rows it did not touch are gone from the vendor.
  touch: `"updatedAt" = now()`,
  key: (r) => `${r.itemKey}|${r.warehouseKey}`,
};

export const orderTable: TableSpec<OrderRow> = {
  table: "Order",
  constants: tenant,
  columns: [
    col("externalId", "text"),
    col("lineKey", "text"),
    col("orderedAt", "timestamptz"),
    col("vendorChangedAt", "timestamptz"),
    col("status", "text"),
    col("isCancelled", "bool"),
    col("cancelledAt", "timestamptz"),
    col("fulfillment", "text"),
    col("productExternalId", "text"),
    col("offerId", "text"),
    col("sku", "text"),
    col("productName", "text"),
    col("brand", "text"),
    col("category", "text"),
    col("warehouseName", "text"),
    col("region", "text"),
    col("quantity", "int"),
    col("amount", "numeric"),
  ],
  conflict: ["connectionId", "externalId", "lineKey"],
  compare: [
    "orderedAt",
    "vendorChangedAt",
    "status",
    "isCancelled",
    "cancelledAt",
    "fulfillment",
    "productExternalId",
    "offerId",
    "sku",
    "productName",
    "brand",
    "category",
    "warehouseName",
    "region",
    "quantity",
    "amount",
  ],
  onUpdate: touched,
  key: (r) => `${r.externalId}|${r.lineKey}`,
};

export const saleTable: TableSpec<SaleRow> = {
  table: "Sale",
  constants: tenant,
  columns: [
    col("externalId", "text"),
    col("lineKey", "text"),
    col("orderExternalId", "text"),
    col("kind", '"SaleKind"'),
    col("soldAt", "timestamptz"),
    col("vendorChangedAt", "timestamptz"),
    col("productExternalId", "text"),
    col("offerId", "text"),
    col("sku", "text"),
    col("productName", "text"),
    col("warehouseName", "text"),
    col("region", "text"),
    col("quantity", "int"),
    col("amount", "numeric"),
    col("payout", "numeric"),
  ],
  conflict: ["connectionId", "externalId", "lineKey"],
  compare: [
    "orderExternalId",
    "kind",
    "soldAt",
    "vendorChangedAt",
    "productExternalId",
    "offerId",
    "sku",
    "productName",
    "warehouseName",
    "region",
    "quantity",
    "amount",
    "payout",
  ],
  onUpdate: touched,
  key: (r) => `${r.externalId}|${r.lineKey}`,
};
