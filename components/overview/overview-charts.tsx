import { getTranslations } from "next-intl/server";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { DailyChart, type ChartPoint } from "@/components/charts/daily-chart";
import type { Overview } from "@/lib/data/overview/build-overview";

/** Revenue and orders per day per marketplace, each a captioned figure with its data table. */
export async function OverviewCharts({ overview }: { overview: Overview }) {
  const t = await getTranslations("overview");
  const revenue: ChartPoint[] = overview.series.map((p) => ({
    day: p.day,
    wildberries: p.revenue.wildberries / 100,
    ozon: p.revenue.ozon / 100,
  }));
  const orders: ChartPoint[] = overview.series.map((p) => ({ day: p.day, ...p.orders }));
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <ChartFigure title={t("revenueChart")} hint={t("revenueChartHint")} data={revenue} kind="revenue" />
      <ChartFigure title={t("ordersChart")} hint={t("ordersChartHint")} data={orders} kind="orders" />
    </div>
  );
}

/** One chart as a figure: its title and hint as the caption, the chart, and the same numbers as a table. */
function ChartFigure({ title, hint, data, kind }: { title: string; hint: string; data: ChartPoint[]; kind: "revenue" | "orders" }) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2">
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        <p className="text-sm text-slate-600">{hint}</p>
      </figcaption>
      <DailyChart data={data} kind={kind} />
      <ChartDataTable data={data} kind={kind} caption={title} />
    </figure>
  );
}
