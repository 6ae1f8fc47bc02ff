import Link from "next/link";
import { ChevronLeft, ChevronRight, ChevronsLeft } from "lucide-react";
import { hrefWith } from "@/components/tables/href";

/** Pager links. Disabled directions render as inert text, so focus never lands on a dead link. */
export interface PagerLabels {
  label: string;
  first: string;
  prev: string;
  next: string;
}

const linkClass =
  "inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50";
const disabledClass = "inline-flex items-center gap-1 rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400";

function PagerLink({ href, children, rel }: { href?: string; children: React.ReactNode; rel?: string }) {
  return href ? (
    <Link href={href} rel={rel} className={linkClass}>
      {children}
    </Link>
  ) : (
    <span aria-disabled="true" className={disabledClass}>
      {children}
    </span>
  );
}

/** Keyset paging (orders, sales): first / previous / next, by cursor. */
export function KeysetPager({
  path,
  params,
  prevCursor,
  nextCursor,
  labels,
  status,
}: {
  path: string;
  params: Record<string, string>;
  prevCursor?: string;
  nextCursor?: string;
  labels: PagerLabels;
  status?: React.ReactNode;
}) {
  return (
    <nav aria-label={labels.label} className="mt-3 flex flex-wrap items-center justify-between gap-2">
      <div className="text-sm text-slate-600">{status}</div>
      <div className="flex gap-2">
        <PagerLink href={prevCursor ? hrefWith(path, params) : undefined}>
          <ChevronsLeft aria-hidden className="size-4" />
          {labels.first}
        </PagerLink>
        <PagerLink href={prevCursor ? hrefWith(path, { ...params, before: prevCursor }) : undefined} rel="prev">
          <ChevronLeft aria-hidden className="size-4" />
          {labels.prev}
        </PagerLink>
        <PagerLink href={nextCursor ? hrefWith(path, { ...params, after: nextCursor }) : undefined} rel="next">
          {labels.next}
          <ChevronRight aria-hidden className="size-4" />
        </PagerLink>
      </div>
    </nav>
  );
}

/** Offset paging (products, stocks): previous / next with "page N of M". */
export function OffsetPager({
  path,
  params,
  page,
  pageCount,
  labels,
  status,
}: {
  path: string;
  params: Record<string, string>;
  page: number;
  pageCount: number;
  labels: PagerLabels;
  status: React.ReactNode;
}) {
  return (
    <nav aria-label={labels.label} className="mt-3 flex flex-wrap items-center justify-between gap-2">
      <div className="text-sm text-slate-600" aria-live="polite">
        {status}
      </div>
      <div className="flex gap-2">
        <PagerLink href={page > 1 ? hrefWith(path, params) : undefined}>
          <ChevronsLeft aria-hidden className="size-4" />
          {labels.first}
        </PagerLink>
        <PagerLink href={page > 1 ? hrefWith(path, { ...params, page: String(Math.min(page - 1, pageCount)) }) : undefined} rel="prev">
          <ChevronLeft aria-hidden className="size-4" />
          {labels.prev}
        </PagerLink>
        <PagerLink href={page < pageCount ? hrefWith(path, { ...params, page: String(page + 1) }) : undefined} rel="next">
          {labels.next}
          <ChevronRight aria-hidden className="size-4" />
        </PagerLink>
      </div>
    </nav>
  );
}
