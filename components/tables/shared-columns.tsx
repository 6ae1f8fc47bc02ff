import type { Column } from "@/components/tables/data-table";
import { MarketplaceBadge } from "@/components/tables/marketplace-badge";
import { formatMoscowDateTime } from "@/lib/format/datetime";

/**
 * Columns that read the same in every list whose rows share the fields: the marketplace badge,
 * the product with its offer and SKU, the warehouse with its region, a sortable Moscow time.
 * Each list still names the header in its own words.
 */
export function marketplaceColumn<Row extends { marketplace: "wildberries" | "ozon" }>(header: string): Column<Row> {
  return { key: "marketplace", header, cell: (r) => <MarketplaceBadge marketplace={r.marketplace} /> };
}

interface ProductFields {
  productName: string | null;
  offerId: string | null;
  sku: string | null;
  productExternalId: string | null;
}

export function productColumn<Row extends ProductFields>(header: string): Column<Row> {
  return {
    key: "product",
    header,
    cell: (r) => (
      <>
        {r.productName ?? "—"}
        <small>{[r.offerId, r.sku ?? r.productExternalId].filter(Boolean).join(" · ")}</small>
      </>
    ),
  };
}

export function warehouseColumn<Row extends { warehouseName: string | null; region: string | null }>(header: string): Column<Row> {
  return { key: "warehouse", header, cell: (r) => [r.warehouseName, r.region].filter(Boolean).join(" → ") || "—" };
}

/** A sortable date-time column; the sort name is the row's field. */
export function momentColumn<Key extends string, Row extends Record<Key, Date>>(key: Key, header: string, locale: string): Column<Row> {
  return {
    key,
    header,
    sort: key,
    cell: (r) => <time dateTime={r[key].toISOString()}>{formatMoscowDateTime(r[key], locale)}</time>,
  };
}
