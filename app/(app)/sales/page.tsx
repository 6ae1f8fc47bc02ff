import { Suspense } from "react";
import type { Metadata } from "next";
import { ReceiptText } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm, SearchField, SelectField } from "@/components/filters/filter-form";
import { PeriodFields } from "@/components/filters/period-fields";
import { ExportLink } from "@/components/tables/export-link";
import { listLabels } from "@/components/tables/list-labels";
import { ListSummaryText } from "@/components/tables/list-summary";
import { KeysetPager } from "@/components/tables/pagination";
import { SalesTable } from "@/components/tables/sales-table";
import { TableEmpty } from "@/components/tables/table-states";
import { requirePageMembership } from "@/lib/auth";
import { db } from "@/lib/db";
import { listSales } from "@/lib/data/sales/list-sales";
import { summarizeSales } from "@/lib/data/sales/summarize-sales";
import { parseSalesParams, salesFilterParams } from "@/lib/validations/sales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("sales") };
}

export default async function SalesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { organizationId } = await requirePageMembership();
  const params = parseSalesParams(await searchParams);
  // The count runs alongside the page query and streams in after the table (Suspense below).
  const summary = summarizeSales({ db, organizationId, filter: params });
  summary.catch(() => {}); // rejections surface where it is awaited, not as unhandled
  const [page, t, labels] = await Promise.all([listSales({ db, organizationId, params }), getTranslations("sales"), listLabels()]);
  const filterParams = salesFilterParams(params);
  const filtered = Boolean(params.q || params.marketplace || params.kind || params.range?.preset !== "30d");

  return (
    <>
      <PageHeader
        title={t("title")}
        description={labels.moscowTime}
        actions={<ExportLink resource="sales" params={filterParams} label={labels.exportCsv} hint={labels.exportHint} />}
      />
      <FilterForm action="/sales" keep={{ sort: params.sort, dir: params.dir }} labels={labels.filters} resetHref="/sales">
        <SearchField label={labels.search} placeholder={t("searchPlaceholder")} defaultValue={params.q} />
        <SelectField
          name="marketplace"
          label={labels.marketplaceLabel}
          options={labels.marketplaceOptions}
          defaultValue={params.marketplace}
        />
        <SelectField
          name="kind"
          label={t("kind.label")}
          defaultValue={params.kind}
          options={[
            { value: "", label: t("kind.all") },
            { value: "sale", label: t("kind.sale") },
            { value: "return", label: t("kind.return") },
          ]}
        />
        <PeriodFields range={params.range} />
        <SelectField name="size" label={labels.pageSizeLabel} options={labels.pageSizeOptions} defaultValue={String(params.pageSize)} />
      </FilterForm>
      {page.rows.length === 0 ? (
        <TableEmpty filtered={filtered} resetHref="/sales" icon={ReceiptText} />
      ) : (
        <>
          <SalesTable rows={page.rows} params={params} filterParams={filterParams} sortLabels={labels.sort} />
          <KeysetPager
            path="/sales"
            params={filterParams}
            prevCursor={page.prevCursor}
            nextCursor={page.nextCursor}
            labels={labels.pager}
            status={
              <Suspense fallback={<span aria-hidden>…</span>}>
                <ListSummaryText summary={summary} messageKey="sales.summary" />
              </Suspense>
            }
          />
        </>
      )}
    </>
  );
}
