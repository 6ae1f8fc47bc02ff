import { getLocale, getTranslations } from "next-intl/server";
import type { ListTable } from "@/components/lists/list-page";
import type { Column } from "@/components/tables/data-table";
import { MarketplaceBadge } from "@/components/tables/marketplace-badge";
import type { OrderRow } from "@/lib/data/orders/list-orders";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { formatRub } from "@/lib/format/money";

export async function ordersTable(): Promise<ListTable<OrderRow>> {
  const t = await getTranslations("orders");
  const locale = await getLocale();
  const status = (s: string) => (t.has(`status.${s}`) ? t(`status.${s}`) : s);
  const columns: Column<OrderRow>[] = [
    {
      key: "orderedAt",
      header: t("columns.orderedAt"),
      sort: "orderedAt",
      cell: (r) => <time dateTime={r.orderedAt.toISOString()}>{formatMoscowDateTime(r.orderedAt, locale)}</time>,
    },
    { key: "marketplace", header: t("columns.marketplace"), cell: (r) => <MarketplaceBadge marketplace={r.marketplace} /> },
    { key: "externalId", header: t("columns.externalId"), cell: (r) => <code>{r.externalId}</code> },
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
    {
      key: "status",
      header: t("columns.status"),
      cell: (r) => (r.isCancelled ? <span className="text-red-700">{status(r.status)}</span> : status(r.status)),
    },
    { key: "warehouse", header: t("columns.warehouse"), cell: (r) => [r.warehouseName, r.region].filter(Boolean).join(" → ") || "—" },
    { key: "quantity", header: t("columns.quantity"), align: "right", cell: (r) => r.quantity },
    { key: "amount", header: t("columns.amount"), sort: "amount", align: "right", cell: (r) => formatRub(r.amount, locale) },
  ];
  return {
    caption: t("caption"),
    columns,
    rowKey: (r) => r.id,
  };
}
