import type { Metadata } from "next";
import { BarChart3 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ConnectFirst } from "@/components/ui/empty-state";
import { DateRangePicker } from "@/components/filters/date-range-picker";
import { KpiCards } from "@/components/overview/kpi-cards";
import { OverviewCharts } from "@/components/overview/overview-charts";
import { requirePageMembership } from "@/lib/auth";
import { db } from "@/lib/db";
import { getOverview } from "@/lib/data/overview/get-overview";
import { OVERVIEW_MAX_DAYS, parseOverviewParams } from "@/lib/validations/overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("overview") };
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { organizationId } = await requirePageMembership();
  const { range } = parseOverviewParams(await searchParams);
  const [overview, t] = await Promise.all([getOverview({ db, organizationId, range }), getTranslations("overview")]);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <DateRangePicker path="/overview" range={range} maxDays={OVERVIEW_MAX_DAYS} />
      {overview.hasData ? (
        <>
          <KpiCards overview={overview} />
          <OverviewCharts overview={overview} />
        </>
      ) : (
        <ConnectFirst icon={BarChart3} title={t("emptyTitle")} description={t("emptyText")} connect={t("emptyAction")} />
      )}
    </>
  );
}
