import { getLocale, getTranslations } from "next-intl/server";
import type { ListTable } from "@/components/lists/list-page";
import type { Column } from "@/components/tables/data-table";
import { MarketplaceBadge } from "@/components/tables/marketplace-badge";
import type { SaleRow } from "@/lib/data/sales/list-sales";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { formatRub } from "@/lib/format/money";

export async function salesTable(): Promise<ListTable<SaleRow>> {
  const t = await getTranslations("sales");
  const locale = await getLocale();
  const columns: Column<SaleRow>[] = [
    {
      key: "soldAt",
      header: t("columns.soldAt"),
      sort: "soldAt",
      cell: (r) => <time dateTime={r.soldAt.toISOString()}>{formatMoscowDateTime(r.soldAt, locale)}</time>,
    },
    { key: "marketplace", header: t("columns.marketplace"), cell: (r) => <MarketplaceBadge marketplace={r.marketplace} /> },
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
    {
      key: "product",
      header: t("columns.product"),
      cell: (r) => (
        <>
          {r.productName ?? "—"}
          <small>{[r.offerId, r.sku ?? r.productExternalId].filter(Boolean).join(" · ")}</small>
        </>
      ),
    },
    { key: "warehouse", header: t("columns.warehouse"), cell: (r) => [r.warehouseName, r.region].filter(Boolean).join(" → ") || "—" },
    { key: "amount", header: t("columns.amount"), sort: "amount", align: "right", cell: (r) => formatRub(r.amount, locale) },
    { key: "payout", header: t("columns.payout"), align: "right", cell: (r) => (r.payout === null ? "—" : formatRub(r.payout, locale)) },
  ];
  return {
    caption: t("caption"),
    columns,
    rowKey: (r) => r.id,
  };
}
