import { AlertTriangle, PackageX } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import type { ListTable } from "@/components/lists/list-page";
import type { Column } from "@/components/tables/data-table";
import { marketplaceColumn } from "@/components/tables/shared-columns";
import { isLowStock, type StockRow } from "@/lib/data/stocks/list-stocks";
import { formatCount, formatDecimal } from "@/lib/format/money";
import type { StocksListParams } from "@/lib/validations/stocks";

/** Stock per item; low and out-of-stock rows carry an icon and a word, not only a tint. */
export async function stocksTable(windowDays: StocksListParams["windowDays"]): Promise<ListTable<StockRow>> {
  const t = await getTranslations("stocks");
  const locale = await getLocale();
  const columns: Column<StockRow>[] = [
    marketplaceColumn(t("columns.marketplace")),
    { key: "offerId", header: t("columns.offerId"), sort: "offerId", cell: (r) => <code>{r.offerId}</code> },
    { key: "name", header: t("columns.name"), sort: "name", cell: (r) => r.name ?? "—" },
    { key: "quantity", header: t("columns.quantity"), sort: "quantity", align: "right", cell: (r) => formatCount(r.quantity, locale) },
    { key: "reserved", header: t("columns.reserved"), align: "right", cell: (r) => formatCount(r.reserved, locale) },
    { key: "warehouses", header: t("columns.warehouses"), align: "right", cell: (r) => r.warehouses },
    {
      key: "perDay",
      header: t("columns.perDay", { days: windowDays }),
      align: "right",
      cell: (r) => formatDecimal(r.perDay, locale, 2),
    },
    {
      key: "daysOfStock",
      header: t("columns.daysOfStock"),
      sort: "daysOfStock",
      align: "right",
      cell: (r) => (
        <span className="inline-flex items-center justify-end gap-1">
          {r.quantity <= 0 ? (
            <>
              <PackageX aria-hidden className="size-4 text-red-700" />
              <span className="font-medium text-red-700">{t("out")}</span>
            </>
          ) : r.daysOfStock === null ? (
            <span className="text-slate-500">{t("noDemand")}</span>
          ) : (
            <>
              {isLowStock(r) ? <AlertTriangle aria-hidden className="size-4 text-amber-600" /> : null}
              <span className={isLowStock(r) ? "font-medium text-amber-800" : undefined}>{formatDecimal(r.daysOfStock, locale)}</span>
              {isLowStock(r) ? <span className="text-xs font-medium text-amber-800">{t("low")}</span> : null}
            </>
          )}
        </span>
      ),
    },
  ];
  return {
    caption: t("caption", { days: windowDays }),
    columns,
    rowKey: (r) => `${r.connectionId}:${r.offerId}`,
    rowProps: (r) => (isLowStock(r) ? { className: "bg-amber-50/60 hover:bg-amber-50" } : {}),
  };
}
