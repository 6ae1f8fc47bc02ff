import { getLocale, getTranslations } from "next-intl/server";
import { DataTable, type Column, type SortState } from "@/components/tables/data-table";
import { MarketplaceBadge } from "@/components/tables/marketplace-badge";
import type { ProductRow } from "@/lib/data/products/list-products";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { formatRub } from "@/lib/format/money";
import type { ProductsListParams } from "@/lib/validations/products";

export async function ProductsTable({
  rows,
  params,
  filterParams,
  sortLabels,
}: {
  rows: ProductRow[];
  params: ProductsListParams;
  filterParams: Record<string, string>;
  sortLabels: SortState["labels"];
}) {
  const t = await getTranslations("products");
  const locale = await getLocale();
  const columns: Column<ProductRow>[] = [
    { key: "marketplace", header: t("columns.marketplace"), cell: (r) => <MarketplaceBadge marketplace={r.marketplace} /> },
    { key: "offerId", header: t("columns.offerId"), sort: "offerId", cell: (r) => <code>{r.offerId}</code> },
    {
      key: "name",
      header: t("columns.name"),
      sort: "name",
      cell: (r) => (
        <>
          {r.name}
          {r.archived ? <small>{t("archivedBadge")}</small> : null}
        </>
      ),
    },
    { key: "externalId", header: t("columns.externalId"), cell: (r) => <code>{[r.externalId, r.sku].filter(Boolean).join(" · ")}</code> },
    { key: "brand", header: t("columns.brand"), cell: (r) => [r.brand, r.category].filter(Boolean).join(" · ") || "—" },
    {
      key: "price",
      header: t("columns.price"),
      sort: "price",
      align: "right",
      cell: (r) => (r.price === null ? "—" : formatRub(r.price, locale)),
    },
    { key: "updatedAt", header: t("columns.updatedAt"), sort: "updatedAt", cell: (r) => formatMoscowDateTime(r.updatedAt, locale) },
  ];
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      sorting={{ sort: params.sort, dir: params.dir, path: "/products", params: filterParams, labels: sortLabels }}
    />
  );
}
