import { getLocale, getTranslations } from "next-intl/server";
import { DataTable, type Column, type SortState } from "@/components/tables/data-table";
import { MarketplaceBadge } from "@/components/tables/marketplace-badge";
import type { SaleRow } from "@/lib/data/sales/list-sales";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { formatRub } from "@/lib/format/money";
import type { SalesListParams } from "@/lib/validations/sales";

export async function SalesTable({ rows, params, filterParams, sortLabels }: { rows: SaleRow[]; params: SalesListParams; filterParams: Record<string, string>; sortLabels: SortState["labels"] }) {
  const t = await getTranslations("sales");
  const locale = await getLocale();
  const columns: Column<SaleRow>[] = [
    { key: "soldAt", header: t("columns.soldAt"), sort: "soldAt", cell: (r) => <time dateTime={r.soldAt.toISOString()}>{formatMoscowDateTime(r.soldAt, locale)}</time>, className: "whitespace-nowrap" },
    { key: "marketplace", header: t("columns.marketplace"), cell: (r) => <MarketplaceBadge marketplace={r.marketplace} /> },
    { key: "kind", header: t("columns.kind"), cell: (r) => <span className={r.kind === "return" ? "font-medium text-red-700" : undefined}>{t(`kind.${r.kind}`)}</span> },
    {
      key: "externalId",
      header: t("columns.externalId"),
      cell: (r) => (
        <>
          <div className="font-mono text-xs">{r.externalId}</div>
          {r.orderExternalId ? <div className="font-mono text-xs text-slate-500">{r.orderExternalId}</div> : null}
        </>
      ),
    },
    {
      key: "product",
      header: t("columns.product"),
      cell: (r) => (
        <>
          <div className="max-w-xs truncate" title={r.productName ?? undefined}>{r.productName ?? "—"}</div>
          <div className="text-xs text-slate-500">{[r.offerId, r.sku ?? r.productExternalId].filter(Boolean).join(" · ")}</div>
        </>
      ),
    },
    { key: "warehouse", header: t("columns.warehouse"), cell: (r) => [r.warehouseName, r.region].filter(Boolean).join(" → ") || "—" },
    { key: "amount", header: t("columns.amount"), sort: "amount", align: "right", cell: (r) => formatRub(r.amount, locale), className: "whitespace-nowrap" },
    { key: "payout", header: t("columns.payout"), align: "right", cell: (r) => (r.payout === null ? "—" : formatRub(r.payout, locale)), className: "whitespace-nowrap" },
  ];
  return (
    <DataTable caption={t("caption")} columns={columns} rows={rows} rowKey={(r) => r.id} sorting={{ sort: params.sort, dir: params.dir, path: "/sales", params: filterParams, labels: sortLabels }} />
  );
}
