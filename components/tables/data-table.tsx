import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { hrefWith } from "@/components/tables/href";

/**
 * A server-rendered table: the rows, sorting and paging all come from the URL, so it needs no
 * client JavaScript. Sortable headers are links (keyboard and screen-reader friendly) and carry
 * aria-sort; the caption names the table.
 *
 * Cell styling lives once on the <table> as descendant variants rather than on every cell:
 * a 50-row page is rendered twice (HTML and the RSC payload), and per-cell class lists were
 * most of its weight. Numeric cells carry `num`; secondary lines are <small>.
 */
const TABLE_CLASS = [
  "min-w-full text-sm",
  "[&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_th]:px-3 [&_th]:py-2",
  "[&_tbody_tr:hover]:bg-slate-50 [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-100",
  "[&_.num]:text-right [&_.num]:tabular-nums [&_.num]:whitespace-nowrap [&_time]:whitespace-nowrap",
  "[&_small]:block [&_small]:text-xs [&_small]:text-slate-500 [&_code]:font-mono [&_code]:text-xs",
].join(" ");
export interface Column<Row> {
  key: string;
  header: string;
  /** The URL's sort name when this column is sortable. */
  sort?: string;
  align?: "left" | "right";
  /** The header is for screen readers only (an actions column). */
  hideHeader?: boolean;
  cell: (row: Row) => React.ReactNode;
}

export type RowProps = { className?: string } & { [data: `data-${string}`]: string };

export interface SortState {
  sort: string;
  dir: "asc" | "desc";
  /** The list's path and filter params, to build the header links (paging is reset). */
  path: string;
  params: Record<string, string>;
  labels: { ascending: string; descending: string; sortBy: (column: string) => string };
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sorting,
  rowProps,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Omitted for short lists that are not sorted by the URL. */
  sorting?: SortState;
  /** Per-row attributes: a tint, or data-* hooks that tests and live updates find rows by. */
  rowProps?: (row: Row) => RowProps;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={TABLE_CLASS}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.key} column={column} sorting={sorting} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowProps?.(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.align === "right" ? "num" : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCell<Row>({ column, sorting }: { column: Column<Row>; sorting?: SortState }) {
  const align = column.align === "right" ? "text-right" : "text-left";
  if (!column.sort || !sorting) {
    return (
      <th scope="col" className={align}>
        {column.hideHeader ? <span className="sr-only">{column.header}</span> : column.header}
      </th>
    );
  }
  const active = sorting.sort === column.sort;
  // A click on the active column flips it; on another column starts with its natural order.
  const nextDir = active ? (sorting.dir === "asc" ? "desc" : "asc") : sorting.dir;
  const Icon = !active ? ArrowUpDown : sorting.dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <th scope="col" className={align} aria-sort={active ? (sorting.dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link
        href={hrefWith(sorting.path, { ...sorting.params, sort: column.sort, dir: nextDir })}
        className="inline-flex items-center gap-1 rounded hover:text-slate-900"
        aria-label={`${sorting.labels.sortBy(column.header)}, ${nextDir === "asc" ? sorting.labels.ascending : sorting.labels.descending}`}
      >
        {column.header}
        <Icon aria-hidden className={`size-3.5 ${active ? "text-brand-700" : "text-slate-400"}`} />
      </Link>
    </th>
  );
}
