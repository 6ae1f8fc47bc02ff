import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ListSummaryText } from "@/components/tables/list-summary";
import { KeysetPager, OffsetPager, type PagerLabels } from "@/components/tables/pagination";
import type { ListSummary } from "@/lib/data/orders/summarize-orders";
import { formatCount } from "@/lib/format/money";

/** A page of a big table (orders, sales): paged by cursor, counted separately (see `summary`). */
export interface KeysetListPage<Row> {
  rows: Row[];
  prevCursor?: string;
  nextCursor?: string;
}

/** A page of a catalogue (products, stocks): numbered pages, with the total known up front. */
export interface OffsetListPage<Row> {
  rows: Row[];
  page: number;
  pageCount: number;
  total: number;
}

export type ListResource = "orders" | "sales" | "products" | "stocks";

/**
 * The pager under a list, with its status line. Keyset lists show "N orders for X ₽" from a
 * count that runs beside the page query and streams in after the table (Suspense); offset
 * lists say "page N of M" from the total they already have.
 */
export async function ListPager<Row>({
  resource,
  filterParams,
  page,
  summary,
  labels,
}: {
  resource: ListResource;
  labels: PagerLabels;
  filterParams: Record<string, string>;
  page: KeysetListPage<Row> | OffsetListPage<Row>;
  summary?: Promise<ListSummary>;
}) {
  const path = `/${resource}`;
  if (!("pageCount" in page)) {
    return (
      <KeysetPager
        path={path}
        params={filterParams}
        prevCursor={page.prevCursor}
        nextCursor={page.nextCursor}
        labels={labels}
        status={
          summary ? (
            <Suspense fallback={<span aria-hidden>…</span>}>
              <ListSummaryText summary={summary} messageKey={`${resource as "orders" | "sales"}.summary`} />
            </Suspense>
          ) : null
        }
      />
    );
  }
  const [t, locale] = await Promise.all([getTranslations(resource), getLocale()]);
  return (
    <OffsetPager
      path={path}
      params={filterParams}
      page={page.page}
      pageCount={page.pageCount}
      labels={labels}
      status={t("pageStatus", { page: page.page, pages: page.pageCount, total: page.total, totalText: formatCount(page.total, locale) })}
    />
  );
}
