import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { SyncRunDto } from "@/lib/connections/sync-run-dto";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { formatCount } from "@/lib/format/money";
import { SyncStatusBadge } from "@/components/syncs/sync-status-badge";
import { failureText } from "@/components/syncs/failure-text";
import { formatDuration } from "@/components/syncs/format-duration";
import { DataTable, type Column } from "@/components/tables/data-table";

/**
 * Sync runs as a table, for a connection's history (live, in the browser) and for /syncs and
 * the admin pages (on the server). Failures are explained from their code in plain language.
 */
export function SyncRunsTable({
  runs,
  caption,
  showConnection = false,
  connectionHref,
  technicalMessages,
}: {
  runs: SyncRunDto[];
  caption: string;
  showConnection?: boolean;
  connectionHref?: (run: SyncRunDto) => string;
  /** Admin pages only: the stored technical message per run id, for support. */
  technicalMessages?: Record<string, string | null>;
}) {
  const t = useTranslations("syncs");
  const tErrors = useTranslations("syncs.errors");
  const locale = useLocale();
  const columns: Column<SyncRunDto>[] = [
    {
      key: "resource",
      header: t("columns.resource"),
      cell: (run) => (
        <>
          {t(`resource.${run.resource}` as never)}
          <small>{t(`trigger.${run.trigger}` as never)}</small>
        </>
      ),
    },
    { key: "status", header: t("columns.status"), cell: (run) => <SyncStatusBadge status={run.status} /> },
    {
      key: "started",
      header: t("columns.started"),
      cell: (run) => <time>{formatMoscowDateTime(run.startedAt ?? run.queuedAt, locale)}</time>,
    },
    {
      key: "duration",
      header: t("columns.duration"),
      align: "right",
      cell: (run) => (run.durationMs !== null ? formatDuration(run.durationMs, locale) : "—"),
    },
    { key: "pages", header: t("columns.pages"), align: "right", cell: (run) => formatCount(run.pages, locale) },
    {
      key: "rows",
      header: t("columns.rows"),
      align: "right",
      cell: (run) => (
        <>
          {formatCount(run.rowsFetched, locale)}
          <small>
            {t("rowsSplit", { inserted: formatCount(run.rowsInserted, locale), updated: formatCount(run.rowsUpdated, locale) })}
          </small>
        </>
      ),
    },
    {
      key: "details",
      header: t("columns.details"),
      cell: (run) => {
        const failure = failureText(tErrors as never, run.errorCode);
        const technical = technicalMessages?.[run.id];
        return (
          <div className="max-w-sm">
            {failure ? <p className="text-red-800">{failure}</p> : null}
            {technical ? <p className="mt-1 break-words font-mono text-xs text-slate-500">{technical}</p> : null}
          </div>
        );
      },
    },
  ];
  if (showConnection) {
    columns.unshift({
      key: "connection",
      header: t("columns.connection"),
      cell: (run) =>
        connectionHref ? (
          <Link className="font-medium text-brand-700 hover:underline" href={connectionHref(run)}>
            {run.connectionName}
          </Link>
        ) : (
          run.connectionName
        ),
    });
  }
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={runs}
      rowKey={(run) => run.id}
      rowProps={(run) => ({ "data-run-status": run.status })}
    />
  );
}
