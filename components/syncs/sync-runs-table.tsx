import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { SyncRunDto } from "@/lib/connections/sync-run-dto";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { formatCount } from "@/lib/format/money";
import { SyncStatusBadge } from "@/components/syncs/sync-status-badge";
import { failureText } from "@/components/syncs/failure-text";
import { formatDuration } from "@/components/syncs/format-duration";

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
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            {showConnection ? (
              <th scope="col" className="px-3 py-2">
                {t("columns.connection")}
              </th>
            ) : null}
            <th scope="col" className="px-3 py-2">
              {t("columns.resource")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.status")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.started")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("columns.duration")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("columns.pages")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("columns.rows")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.details")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {runs.map((run) => {
            const failure = failureText(tErrors as never, run.errorCode);
            return (
              <tr key={run.id} data-run-status={run.status} className="align-top hover:bg-slate-50">
                {showConnection ? (
                  <td className="px-3 py-2">
                    {connectionHref ? (
                      <Link className="font-medium text-brand-700 hover:underline" href={connectionHref(run)}>
                        {run.connectionName}
                      </Link>
                    ) : (
                      run.connectionName
                    )}
                  </td>
                ) : null}
                <td className="px-3 py-2">
                  {t(`resource.${run.resource}` as never)}
                  <span className="block text-xs text-slate-500">{t(`trigger.${run.trigger}` as never)}</span>
                </td>
                <td className="px-3 py-2">
                  <SyncStatusBadge status={run.status} />
                </td>
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatMoscowDateTime(run.startedAt ?? run.queuedAt, locale)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                  {run.durationMs !== null ? formatDuration(run.durationMs, locale) : "—"}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatCount(run.pages, locale)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                  {formatCount(run.rowsFetched, locale)}
                  <span className="block text-xs text-slate-500">
                    {t("rowsSplit", { inserted: formatCount(run.rowsInserted, locale), updated: formatCount(run.rowsUpdated, locale) })}
                  </span>
                </td>
                <td className="max-w-sm px-3 py-2 text-sm">
                  {failure ? <p className="text-red-800">{failure}</p> : null}
                  {technicalMessages?.[run.id] ? (
                    <p className="mt-1 break-words font-mono text-xs text-slate-500">{technicalMessages[run.id]}</p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
