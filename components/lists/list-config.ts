import type { LucideIcon } from "lucide-react";
import { titleMetadata } from "@/components/ui/page-metadata";
import type { ListResource } from "@/components/lists/list-pager";
import type { SelectOption } from "@/components/ui/select";
import type { ListSummary } from "@/lib/data/orders/summarize-orders";
import type { DateRange } from "@/lib/validations/list-params";

/** What a Next.js page receives as its query string. */
export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** What stays the same for a list whatever the URL says. */
export interface ListConfig {
  /** Names the path (/orders), the export route and the message namespace (its title, search placeholder). */
  resource: ListResource;
  emptyIcon: LucideIcon;
  /** Dates in this list are Moscow time: say so under the heading. */
  moscowTime?: boolean;
  description?: string;
}

/** One of a list's own select filters, shown between the marketplace and the page size. */
export interface ListSelect {
  name: string;
  label: string;
  defaultValue?: string;
  options: readonly SelectOption[];
}

/** The filters as the URL has them, and how the list's own fields show them. */
export interface ListFilters {
  /** The filters as URL params (no paging), kept by sort links, pages and the export. */
  query: Record<string, string>;
  /** Whether the list's own filters differ from their defaults (search and marketplace are checked by the skeleton). */
  narrowed: boolean;
  selects: ListSelect[];
  /** Lists filtered by period show the period fields after their selects. */
  period?: DateRange | null;
}

/** The browser tab title of a list: its name in the navigation. */
export function listMetadata(resource: ListResource) {
  return titleMetadata("nav", resource);
}

/**
 * Starts the count that streams in after the table (Suspense in the pager) so it runs alongside
 * the page query. Its rejection surfaces where the pager awaits it, not as an unhandled one.
 */
export function streamedSummary(summary: Promise<ListSummary>): Promise<ListSummary> {
  summary.catch(() => {});
  return summary;
}
