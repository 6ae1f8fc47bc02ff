import type { Metadata } from "next";
import { Boxes } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/filters/filter-form";
import { ListPage } from "@/components/lists/list-page";
import { stocksTable } from "@/components/tables/stocks-columns";
import { requirePageMembership } from "@/lib/auth";
import { db } from "@/lib/db";
import { listStocks } from "@/lib/data/stocks/list-stocks";
import { LOW_STOCK_DAYS, parseStocksParams, stockLevels, stocksFilterParams, velocityWindows } from "@/lib/validations/stocks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("stocks") };
}

export default async function StocksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { organizationId } = await requirePageMembership();
  const params = parseStocksParams(await searchParams);
  const [page, t, table] = await Promise.all([
    listStocks({ db, organizationId, params }),
    getTranslations("stocks"),
    stocksTable(params.windowDays),
  ]);

  return (
    <ListPage
      resource="stocks"
      description={t("description", { days: LOW_STOCK_DAYS })}
      params={params}
      filterParams={stocksFilterParams(params)}
      // Rows on other pages mean the page number went past the end: offer the reset, not "connect".
      filtered={Boolean(params.q || params.marketplace || params.level !== "all") || page.total > 0}
      emptyIcon={Boxes}
      page={page}
      table={table}
      filters={
        <>
          <SelectField
            name="level"
            label={t("level.label")}
            defaultValue={params.level}
            options={stockLevels.map((v) => ({ value: v, label: t(`level.${v}`, { days: LOW_STOCK_DAYS }) }))}
          />
          <SelectField
            name="window"
            label={t("window.label")}
            defaultValue={String(params.windowDays)}
            options={velocityWindows.map((days) => ({ value: String(days), label: t("window.days", { days }) }))}
          />
        </>
      }
    />
  );
}
