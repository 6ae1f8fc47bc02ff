import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { hrefWith } from "@/components/tables/href";

/**
 * A server-rendered table: the rows, sorting and paging all come from the URL, so it needs no
 * client JavaScript. Sortable headers are links (keyboard and screen-reader friendly) and carry
 * aria-sort; the caption names the table and says how it is sorted.
 */
export interface Column<Row> {
  key: string;
  header: string;
  /** The URL's sort name when this column is sortable. */
  sort?: string;
  align?: "left" | "right";
  cell: (row: Row) => React.ReactNode;
  className?: string;
}

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
  rowClassName,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  sorting: SortState;
  rowClassName?: (row: Row) => string | undefined;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.key} column={column} sorting={sorting} />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row) ?? "hover:bg-slate-50"}>
              {columns.map((column) => (
                <td key={column.key} className={`px-3 py-2 align-top ${column.align === "right" ? "text-right tabular-nums" : ""} ${column.className ?? ""}`}>
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

function HeaderCell<Row>({ column, sorting }: { column: Column<Row>; sorting: SortState }) {
  const align = column.align === "right" ? "text-right" : "text-left";
  if (!column.sort) {
    return (
      <th scope="col" className={`px-3 py-2 ${align}`}>
        {column.header}
      </th>
    );
  }
  const active = sorting.sort === column.sort;
  // A click on the active column flips it; on another column starts with its natural order.
  const nextDir = active ? (sorting.dir === "asc" ? "desc" : "asc") : sorting.dir;
  const Icon = !active ? ArrowUpDown : sorting.dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <th scope="col" className={`px-3 py-2 ${align}`} aria-sort={active ? (sorting.dir === "asc" ? "ascending" : "descending") : "none"}>
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
