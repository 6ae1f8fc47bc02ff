import type { Metadata } from "next";
import { Boxes } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm, SearchField, SelectField } from "@/components/filters/filter-form";
import { ExportLink } from "@/components/tables/export-link";
import { listLabels } from "@/components/tables/list-labels";
import { OffsetPager } from "@/components/tables/pagination";
import { StocksTable } from "@/components/tables/stocks-table";
import { TableEmpty } from "@/components/tables/table-states";
import { requirePageMembership } from "@/lib/auth";
import { db } from "@/lib/db";
import { listStocks } from "@/lib/data/stocks/list-stocks";
import { formatCount } from "@/lib/format/money";
import { LOW_STOCK_DAYS, parseStocksParams, stockLevels, stocksFilterParams } from "@/lib/validations/stocks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("stocks") };
}

export default async function StocksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { organizationId } = await requirePageMembership();
  const params = parseStocksParams(await searchParams);
  const [page, t, labels, locale] = await Promise.all([
    listStocks({ db, organizationId, params }),
    getTranslations("stocks"),
    listLabels(),
    getLocale(),
  ]);
  const filterParams = stocksFilterParams(params);
  const filtered = Boolean(params.q || params.marketplace || params.level !== "all");

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { days: LOW_STOCK_DAYS })}
        actions={<ExportLink resource="stocks" params={filterParams} label={labels.exportCsv} hint={labels.exportHint} />}
      />
      <FilterForm action="/stocks" keep={{ sort: params.sort, dir: params.dir }} labels={labels.filters} resetHref="/stocks">
        <SearchField label={labels.search} placeholder={t("searchPlaceholder")} defaultValue={params.q} />
        <SelectField
          name="marketplace"
          label={labels.marketplaceLabel}
          options={labels.marketplaceOptions}
          defaultValue={params.marketplace}
        />
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
          options={[
            { value: "14", label: t("window.days", { days: 14 }) },
            { value: "30", label: t("window.days", { days: 30 }) },
          ]}
        />
        <SelectField name="size" label={labels.pageSizeLabel} options={labels.pageSizeOptions} defaultValue={String(params.pageSize)} />
      </FilterForm>
      {page.rows.length === 0 ? (
        <TableEmpty filtered={filtered || page.total > 0} resetHref="/stocks" icon={Boxes} />
      ) : (
        <>
          <StocksTable rows={page.rows} params={params} filterParams={filterParams} sortLabels={labels.sort} />
          <OffsetPager
            path="/stocks"
            params={filterParams}
            page={page.page}
            pageCount={page.pageCount}
            labels={labels.pager}
            status={t("pageStatus", {
              page: page.page,
              pages: page.pageCount,
              total: page.total,
              totalText: formatCount(page.total, locale),
            })}
          />
        </>
      )}
    </>
  );
}
