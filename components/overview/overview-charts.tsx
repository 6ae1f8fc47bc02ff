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
      <figure className="rounded-lg border border-slate-200 bg-white p-4">
        <figcaption className="mb-2">
          <h2 className="text-base font-semibold text-slate-900">{t("revenueChart")}</h2>
          <p className="text-sm text-slate-600">{t("revenueChartHint")}</p>
        </figcaption>
        <DailyChart data={revenue} kind="revenue" />
        <ChartDataTable data={revenue} kind="revenue" caption={t("revenueChart")} />
      </figure>
      <figure className="rounded-lg border border-slate-200 bg-white p-4">
        <figcaption className="mb-2">
          <h2 className="text-base font-semibold text-slate-900">{t("ordersChart")}</h2>
          <p className="text-sm text-slate-600">{t("ordersChartHint")}</p>
        </figcaption>
        <DailyChart data={orders} kind="orders" />
        <ChartDataTable data={orders} kind="orders" caption={t("ordersChart")} />
      </figure>
    </div>
  );
}
