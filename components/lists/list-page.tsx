import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm, SearchField, SelectField } from "@/components/filters/filter-form";
import { PeriodFields } from "@/components/filters/period-fields";
import type { ListConfig, ListFilters } from "@/components/lists/list-config";
import { ListPager, type KeysetListPage, type OffsetListPage } from "@/components/lists/list-pager";
import { DataTable, type Column, type RowProps } from "@/components/tables/data-table";
import { ExportLink } from "@/components/tables/export-link";
import { listLabels } from "@/components/tables/list-labels";
import { TableEmpty } from "@/components/tables/table-states";
import type { ListSummary } from "@/lib/data/orders/summarize-orders";
import type { SortDir } from "@/lib/validations/list-params";

/** What a list shows of each row: its columns, and how rows are told apart. */
export interface ListTable<Row> {
  caption: string;
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  rowProps?: (row: Row) => RowProps;
}

/** The URL state every list shares; each list adds its own filters on top. */
interface ListParams {
  q?: string;
  marketplace?: string;
  sort: string;
  dir: SortDir;
  pageSize: number;
}

/**
 * The skeleton of the seller's lists (orders, sales, products, stocks): heading with the CSV
 * export, the filter form (search, marketplace, the list's own filters, page size), then the
 * table and its pager, or the empty state. A list page names only its config, data, columns
 * and own filters. Everything is in the URL, so the whole page renders on the server.
 */
export async function ListPage<Row>({
  list: { resource, emptyIcon, moscowTime = false, description },
  params,
  filters,
  page,
  summary,
  table,
}: {
  list: ListConfig;
  params: ListParams;
  filters: ListFilters;
  page: KeysetListPage<Row> | OffsetListPage<Row>;
  /** Keyset lists only: the count across all pages, streamed in after the table. */
  summary?: Promise<ListSummary>;
  table: ListTable<Row>;
}) {
  const path = `/${resource}`;
  const [labels, t] = await Promise.all([listLabels(), getTranslations(resource)]);
  const filterParams = filters.query;
  // Rows on other pages of a numbered list mean the page number went past the end: offer the reset, not "connect".
  const filtered = Boolean(params.q || params.marketplace || filters.narrowed || ("total" in page && page.total > 0));
  return (
    <>
      <PageHeader
        title={t("title")}
        description={moscowTime ? labels.moscowTime : description}
        actions={<ExportLink resource={resource} params={filterParams} label={labels.exportCsv} hint={labels.exportHint} />}
      />
      <FilterForm action={path} keep={{ sort: params.sort, dir: params.dir }} labels={labels.filters} resetHref={path}>
        <SearchField label={labels.search} placeholder={t("searchPlaceholder")} defaultValue={params.q} />
        <SelectField
          name="marketplace"
          label={labels.marketplaceLabel}
          options={labels.marketplaceOptions}
          defaultValue={params.marketplace}
        />
        {filters.selects.map((select) => (
          <SelectField key={select.name} {...select} />
        ))}
        {filters.period !== undefined ? <PeriodFields range={filters.period} /> : null}
        <SelectField name="size" label={labels.pageSizeLabel} options={labels.pageSizeOptions} defaultValue={String(params.pageSize)} />
      </FilterForm>
      {page.rows.length === 0 ? (
        <TableEmpty filtered={filtered} resetHref={path} icon={emptyIcon} />
      ) : (
        <>
          <DataTable
            caption={table.caption}
            columns={table.columns}
            rows={page.rows}
            rowKey={table.rowKey}
            rowProps={table.rowProps}
            sorting={{ sort: params.sort, dir: params.dir, path, params: filterParams, labels: labels.sort }}
          />
          <ListPager resource={resource} filterParams={filterParams} page={page} summary={summary} labels={labels.pager} />
        </>
      )}
    </>
  );
}
