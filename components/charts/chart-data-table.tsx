import { getLocale, getTranslations } from "next-intl/server";
import type { ChartPoint } from "@/components/charts/daily-chart";
import { formatDayLong } from "@/lib/format/datetime";
import { formatCount, formatRub } from "@/lib/format/money";

/** The chart's numbers as a table, behind a disclosure: the accessible twin of the chart. */
export async function ChartDataTable({ data, kind, caption }: { data: ChartPoint[]; kind: "revenue" | "orders"; caption: string }) {
  const t = await getTranslations("overview");
  const locale = await getLocale();
  const fmt = (v: number) => (kind === "revenue" ? formatRub(v, locale) : formatCount(v, locale));
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700 hover:underline">{t("showTable")}</summary>
      <div className="mt-2 max-h-64 overflow-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="text-left text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-2 py-1">{t("day")}</th>
              <th scope="col" className="px-2 py-1 text-right">{t("marketplace.wildberries")}</th>
              <th scope="col" className="px-2 py-1 text-right">{t("marketplace.ozon")}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((p) => (
              <tr key={p.day} className="border-t border-slate-100">
                <th scope="row" className="px-2 py-1 text-left font-normal">{formatDayLong(p.day, locale)}</th>
                <td className="px-2 py-1 text-right tabular-nums">{fmt(p.wildberries)}</td>
                <td className="px-2 py-1 text-right tabular-nums">{fmt(p.ozon)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
