import { Suspense } from "react";
import type { Metadata } from "next";
import { ShoppingCart } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm, SearchField, SelectField } from "@/components/filters/filter-form";
import { PeriodFields } from "@/components/filters/period-fields";
import { ExportLink } from "@/components/tables/export-link";
import { listLabels } from "@/components/tables/list-labels";
import { KeysetPager } from "@/components/tables/pagination";
import { TableEmpty } from "@/components/tables/table-states";
import { OrdersTable } from "@/components/tables/orders-table";
import { ListSummaryText } from "@/components/tables/list-summary";
import { requirePageMembership } from "@/lib/auth";
import { db } from "@/lib/db";
import { listOrders } from "@/lib/data/orders/list-orders";
import { summarizeOrders } from "@/lib/data/orders/summarize-orders";
import { knownOrderStatuses, ordersFilterParams, parseOrdersParams } from "@/lib/validations/orders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("orders") };
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { organizationId } = await requirePageMembership();
  const params = parseOrdersParams(await searchParams);
  // The count runs alongside the page query and streams in after the table (Suspense below).
  const summary = summarizeOrders({ db, organizationId, filter: params });
  summary.catch(() => {}); // rejections surface where it is awaited, not as unhandled
  const [page, t, labels] = await Promise.all([listOrders({ db, organizationId, params }), getTranslations("orders"), listLabels()]);
  const filterParams = ordersFilterParams(params);
  const filtered = Boolean(params.q || params.marketplace || params.status || params.range?.preset !== "30d");

  return (
    <>
      <PageHeader
        title={t("title")}
        description={labels.moscowTime}
        actions={<ExportLink resource="orders" params={filterParams} label={labels.exportCsv} hint={labels.exportHint} />}
      />
      <FilterForm action="/orders" keep={{ sort: params.sort, dir: params.dir }} labels={labels.filters} resetHref="/orders">
        <SearchField label={labels.search} placeholder={t("searchPlaceholder")} defaultValue={params.q} />
        <SelectField
          name="marketplace"
          label={labels.marketplaceLabel}
          options={labels.marketplaceOptions}
          defaultValue={params.marketplace}
        />
        <SelectField
          name="status"
          label={t("status.label")}
          defaultValue={params.status}
          options={[{ value: "", label: t("status.all") }, ...knownOrderStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        />
        <PeriodFields range={params.range} />
        <SelectField name="size" label={labels.pageSizeLabel} options={labels.pageSizeOptions} defaultValue={String(params.pageSize)} />
      </FilterForm>
      {page.rows.length === 0 ? (
        <TableEmpty filtered={filtered} resetHref="/orders" icon={ShoppingCart} />
      ) : (
        <>
          <OrdersTable rows={page.rows} params={params} filterParams={filterParams} sortLabels={labels.sort} />
          <KeysetPager
            path="/orders"
            params={filterParams}
            prevCursor={page.prevCursor}
            nextCursor={page.nextCursor}
            labels={labels.pager}
            status={
              <Suspense fallback={<span aria-hidden>…</span>}>
                <ListSummaryText summary={summary} messageKey="orders.summary" />
              </Suspense>
            }
          />
        </>
      )}
    </>
  );
}
