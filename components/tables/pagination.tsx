import Link from "next/link";
import { ChevronLeft, ChevronRight, ChevronsLeft } from "lucide-react";

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

/**
 * First / previous / next under a list, with a status line ("page 2 of 9", or a count). The
 * caller works out the links: by cursor for the big tables, by page number for catalogues; a
 * missing link is a direction that does not exist.
 */
export function Pager({
  labels,
  status,
  announceStatus = false,
  firstHref,
  prevHref,
  nextHref,
}: {
  labels: PagerLabels;
  status: React.ReactNode;
  /** Announce the status line itself (it has no live region of its own). */
  announceStatus?: boolean;
  firstHref?: string;
  prevHref?: string;
  nextHref?: string;
}) {
  return (
    <nav aria-label={labels.label} className="mt-3 flex flex-wrap items-center justify-between gap-2">
      <div className="text-sm text-slate-600" aria-live={announceStatus ? "polite" : undefined}>
        {status}
      </div>
      <div className="flex gap-2">
        <PagerLink href={firstHref}>
          <ChevronsLeft aria-hidden className="size-4" />
          {labels.first}
        </PagerLink>
        <PagerLink href={prevHref} rel="prev">
          <ChevronLeft aria-hidden className="size-4" />
          {labels.prev}
        </PagerLink>
        <PagerLink href={nextHref} rel="next">
          {labels.next}
          <ChevronRight aria-hidden className="size-4" />
        </PagerLink>
      </div>
    </nav>
  );
}
