import { Boxes } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { listMetadata, type PageSearchParams } from "@/components/lists/list-config";
import { ListPage } from "@/components/lists/list-page";
import { stocksTable } from "@/components/tables/stocks-columns";
import { requirePageMembership } from "@/lib/auth";
import { db } from "@/lib/db";
import { listStocks } from "@/lib/data/stocks/list-stocks";
import { LOW_STOCK_DAYS, parseStocksParams, stockLevels, stocksFilterParams, velocityWindows } from "@/lib/validations/stocks";

export const generateMetadata = listMetadata("stocks");

export default async function StocksPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { organizationId } = await requirePageMembership();
  const params = parseStocksParams(await searchParams);
  const [page, t, table] = await Promise.all([
    listStocks({ db, organizationId, params }),
    getTranslations("stocks"),
    stocksTable(params.windowDays),
  ]);
  const levelOptions = stockLevels.map((v) => ({ value: v, label: t(`level.${v}`, { days: LOW_STOCK_DAYS }) }));
  const windowOptions = velocityWindows.map((days) => ({ value: String(days), label: t("window.days", { days }) }));
  const level = { name: "level", label: t("level.label"), defaultValue: params.level, options: levelOptions };
  const velocity = { name: "window", label: t("window.label"), defaultValue: String(params.windowDays), options: windowOptions };

  return (
    <ListPage
      list={{ resource: "stocks", emptyIcon: Boxes, description: t("description", { days: LOW_STOCK_DAYS }) }}
      filters={{ query: stocksFilterParams(params), narrowed: params.level !== "all", selects: [level, velocity] }}
      {...{ params, page, table }}
    />
  );
}
