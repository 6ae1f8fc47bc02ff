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
        <table className="min-w-full text-sm [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_td]:tabular-nums [&_th]:px-2 [&_th]:py-1 [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-100">
          <caption className="sr-only">{caption}</caption>
          <thead className="text-left text-xs text-slate-600">
            <tr>
              <th scope="col">{t("day")}</th>
              <th scope="col" className="text-right">
                {t("marketplace.wildberries")}
              </th>
              <th scope="col" className="text-right">
                {t("marketplace.ozon")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((p) => (
              <tr key={p.day}>
                <th scope="row" className="text-left font-normal">
                  {formatDayLong(p.day, locale)}
                </th>
                <td>{fmt(p.wildberries)}</td>
                <td>{fmt(p.ozon)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
