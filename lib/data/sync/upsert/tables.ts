import type { ColumnSpec, PgType, RowColumn, TableSpec } from "@/lib/data/sync/upsert/bulk-upsert";
import type { OrderRow, ProductRow, SaleRow, StockRow } from "@/lib/data/sync/upsert/rows";

/** How each synced table is upserted: natural key, columns, and what counts as a change. */
const col = <Name extends string>(name: Name, type: PgType) => ({ name, type }) satisfies ColumnSpec;

const tenant: ColumnSpec[] = [col("organizationId", "text"), col("connectionId", "text"), col("marketplace", '"Marketplace"')];

/**
 * Every synced table is unique per connection and natural key, and a row counts as changed when any
 * column outside that key differs; the lists are derived here once, at load, never per row.
 */
function syncedTable<Row>(
  table: string,
  naturalKey: Extract<keyof Row, string>[],
  columns: RowColumn<Row>[],
  rest: Pick<TableSpec<Row>, "key" | "touch">,
): TableSpec<Row> {
  return {
    table,
    constants: tenant,
    columns,
    conflict: ["connectionId", ...naturalKey],
    compare: columns.map((c) => c.name).filter((name) => !naturalKey.includes(name)),
    onUpdate: [`"updatedAt" = now()`],
    ...rest,
  };
}

export const productTable = syncedTable<ProductRow>(
  "Product",
  ["externalId"],
  [
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
  { key: (r) => r.externalId },
);

export const stockTable = syncedTable<StockRow>(
  "Stock",
  ["itemKey", "warehouseKey"],
  [
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
  {
    // A stocks sync reads the full report; rows it did not touch are gone from the vendor.
    touch: `"updatedAt" = now()`,
    key: (r) => `${r.itemKey}|${r.warehouseKey}`,
  },
);

// Order and sale lines share their key, the product they name and where they went.
const lineKey = ["externalId", "lineKey"] as const;
const lineProduct = [col("productExternalId", "text"), col("offerId", "text"), col("sku", "text"), col("productName", "text")];
const lineDestination = [col("warehouseName", "text"), col("region", "text"), col("quantity", "int"), col("amount", "numeric")];
const lineKeyOf = (r: OrderRow | SaleRow) => `${r.externalId}|${r.lineKey}`;

export const orderTable = syncedTable<OrderRow>(
  "Order",
  [...lineKey],
  [
    ...lineKey.map((name) => col(name, "text")),
    col("orderedAt", "timestamptz"),
    col("vendorChangedAt", "timestamptz"),
    col("status", "text"),
    col("isCancelled", "bool"),
    col("cancelledAt", "timestamptz"),
    col("fulfillment", "text"),
    ...lineProduct,
    col("brand", "text"),
    col("category", "text"),
    ...lineDestination,
  ],
  { key: lineKeyOf },
);

export const saleTable = syncedTable<SaleRow>(
  "Sale",
  [...lineKey],
  [
    ...lineKey.map((name) => col(name, "text")),
    col("orderExternalId", "text"),
    col("kind", '"SaleKind"'),
    col("soldAt", "timestamptz"),
    col("vendorChangedAt", "timestamptz"),
    ...lineProduct,
    ...lineDestination,
    col("payout", "numeric"),
  ],
  { key: lineKeyOf },
);
