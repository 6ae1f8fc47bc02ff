import { DataTable, type Column } from "@/components/tables/data-table";

/**
 * A short table of an organisation's records (payments, files) inside a page section: a
 * sentence when there are none, otherwise every row at once, told apart by its id.
 */
export function RecordTable<Row extends { id: string }>({
  rows,
  caption,
  empty,
  columns,
}: {
  rows: Row[];
  caption: string;
  empty: string;
  columns: Column<Row>[];
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return <DataTable caption={caption} rows={rows} rowKey={(row) => row.id} columns={columns} />;
}

/** A column of per-row buttons or links: its header is for screen readers only. */
export function actionColumn<Row>(key: string, header: string, cell: Column<Row>["cell"]): Column<Row> {
  return { key, header, hideHeader: true, cell };
}
