import { getLocale, getTranslations } from "next-intl/server";
import type { ListTable } from "@/components/lists/list-page";
import type { Column } from "@/components/tables/data-table";
import { marketplaceColumn } from "@/components/tables/shared-columns";
import type { ProductRow } from "@/lib/data/products/list-products";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { formatRub } from "@/lib/format/money";

export async function productsTable(): Promise<ListTable<ProductRow>> {
  const t = await getTranslations("products");
  const locale = await getLocale();
  const columns: Column<ProductRow>[] = [
    marketplaceColumn(t("columns.marketplace")),
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
  return {
    caption: t("caption"),
    columns,
    rowKey: (r) => r.id,
  };
}
