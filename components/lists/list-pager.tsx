import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ListSummaryText } from "@/components/tables/list-summary";
import { hrefWith } from "@/components/tables/href";
import { Pager, type PagerLabels } from "@/components/tables/pagination";
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
  const at = (extra: Record<string, string> = {}) => hrefWith(path, { ...filterParams, ...extra });
  if (!("pageCount" in page)) {
    const { prevCursor, nextCursor } = page;
    return (
      <Pager
        labels={labels}
        firstHref={prevCursor ? at() : undefined}
        prevHref={prevCursor ? at({ before: prevCursor }) : undefined}
        nextHref={nextCursor ? at({ after: nextCursor }) : undefined}
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
  const { page: current, pageCount, total } = page;
  return (
    <Pager
      labels={labels}
      announceStatus
      firstHref={current > 1 ? at() : undefined}
      // Past the end (a stale link), "previous" goes to the last page rather than one before.
      prevHref={current > 1 ? at({ page: String(Math.min(current - 1, pageCount)) }) : undefined}
      nextHref={current < pageCount ? at({ page: String(current + 1) }) : undefined}
      status={t("pageStatus", { page: current, pages: pageCount, total, totalText: formatCount(total, locale) })}
    />
  );
}
