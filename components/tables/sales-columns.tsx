import { getLocale, getTranslations } from "next-intl/server";
import type { ListTable } from "@/components/lists/list-page";
import type { Column } from "@/components/tables/data-table";
import { marketplaceColumn, momentColumn, productColumn, warehouseColumn } from "@/components/tables/shared-columns";
import type { SaleRow } from "@/lib/data/sales/list-sales";
import { formatRub } from "@/lib/format/money";

export async function salesTable(): Promise<ListTable<SaleRow>> {
  const t = await getTranslations("sales");
  const locale = await getLocale();
  const columns: Column<SaleRow>[] = [
    momentColumn("soldAt", t("columns.soldAt"), locale),
    marketplaceColumn(t("columns.marketplace")),
    {
      key: "kind",
      header: t("columns.kind"),
      cell: (r) => (r.kind === "return" ? <strong className="font-medium text-red-700">{t("kind.return")}</strong> : t("kind.sale")),
    },
    {
      key: "externalId",
      header: t("columns.externalId"),
      cell: (r) => (
        <>
          <code>{r.externalId}</code>
          {r.orderExternalId ? (
            <small>
              <code>{r.orderExternalId}</code>
            </small>
          ) : null}
        </>
      ),
    },
    productColumn(t("columns.product")),
    warehouseColumn(t("columns.warehouse")),
    { key: "amount", header: t("columns.amount"), sort: "amount", align: "right", cell: (r) => formatRub(r.amount, locale) },
    { key: "payout", header: t("columns.payout"), align: "right", cell: (r) => (r.payout === null ? "—" : formatRub(r.payout, locale)) },
  ];
  return {
    caption: t("caption"),
    columns,
    rowKey: (r) => r.id,
  };
}
