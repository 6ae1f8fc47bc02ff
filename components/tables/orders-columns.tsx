import { getLocale, getTranslations } from "next-intl/server";
import type { ListTable } from "@/components/lists/list-page";
import type { Column } from "@/components/tables/data-table";
import { marketplaceColumn, momentColumn, productColumn, warehouseColumn } from "@/components/tables/shared-columns";
import type { OrderRow } from "@/lib/data/orders/list-orders";
import { formatRub } from "@/lib/format/money";

export async function ordersTable(): Promise<ListTable<OrderRow>> {
  const t = await getTranslations("orders");
  const locale = await getLocale();
  const status = (s: string) => (t.has(`status.${s}`) ? t(`status.${s}`) : s);
  const columns: Column<OrderRow>[] = [
    momentColumn("orderedAt", t("columns.orderedAt"), locale),
    marketplaceColumn(t("columns.marketplace")),
    { key: "externalId", header: t("columns.externalId"), cell: (r) => <code>{r.externalId}</code> },
    productColumn(t("columns.product")),
    {
      key: "status",
      header: t("columns.status"),
      cell: (r) => (r.isCancelled ? <span className="text-red-700">{status(r.status)}</span> : status(r.status)),
    },
    warehouseColumn(t("columns.warehouse")),
    { key: "quantity", header: t("columns.quantity"), align: "right", cell: (r) => r.quantity },
    { key: "amount", header: t("columns.amount"), sort: "amount", align: "right", cell: (r) => formatRub(r.amount, locale) },
  ];
  return {
    caption: t("caption"),
    columns,
    rowKey: (r) => r.id,
  };
}
