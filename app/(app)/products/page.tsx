import type { Metadata } from "next";
import { Package } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm, SearchField, SelectField } from "@/components/filters/filter-form";
import { ExportLink } from "@/components/tables/export-link";
import { listLabels } from "@/components/tables/list-labels";
import { OffsetPager } from "@/components/tables/pagination";
import { ProductsTable } from "@/components/tables/products-table";
import { TableEmpty } from "@/components/tables/table-states";
import { requirePageMembership } from "@/lib/auth";
import { db } from "@/lib/db";
import { listProducts } from "@/lib/data/products/list-products";
import { formatCount } from "@/lib/format/money";
import { parseProductsParams, productsFilterParams } from "@/lib/validations/products";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("products") };
}

export default async function ProductsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { organizationId } = await requirePageMembership();
  const params = parseProductsParams(await searchParams);
  const [page, t, labels, locale] = await Promise.all([
    listProducts({ db, organizationId, params }),
    getTranslations("products"),
    listLabels(),
    getLocale(),
  ]);
  const filterParams = productsFilterParams(params);
  const filtered = Boolean(params.q || params.marketplace || params.archived !== "active");

  return (
    <>
      <PageHeader
        title={t("title")}
        actions={<ExportLink resource="products" params={filterParams} label={labels.exportCsv} hint={labels.exportHint} />}
      />
      <FilterForm action="/products" keep={{ sort: params.sort, dir: params.dir }} labels={labels.filters} resetHref="/products">
        <SearchField label={labels.search} placeholder={t("searchPlaceholder")} defaultValue={params.q} />
        <SelectField
          name="marketplace"
          label={labels.marketplaceLabel}
          options={labels.marketplaceOptions}
          defaultValue={params.marketplace}
        />
        <SelectField
          name="archived"
          label={t("archived.label")}
          defaultValue={params.archived}
          options={(["active", "archived", "all"] as const).map((v) => ({ value: v, label: t(`archived.${v}`) }))}
        />
        <SelectField name="size" label={labels.pageSizeLabel} options={labels.pageSizeOptions} defaultValue={String(params.pageSize)} />
      </FilterForm>
      {page.rows.length === 0 ? (
        <TableEmpty filtered={filtered || page.total > 0} resetHref="/products" icon={Package} />
      ) : (
        <>
          <ProductsTable rows={page.rows} params={params} filterParams={filterParams} sortLabels={labels.sort} />
          <OffsetPager
            path="/products"
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
