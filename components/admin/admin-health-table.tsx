import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { AdminConnectionRow } from "@/lib/data/admin/list-connections-health";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { formatCount, formatDecimal } from "@/lib/format/money";
import { HealthBadge } from "@/components/connections/health-badge";
import { failureText } from "@/components/syncs/failure-text";

/** Every connection's health for platform admins; each row links to the connection's runs. */
export async function AdminHealthTable({ rows }: { rows: AdminConnectionRow[] }) {
  const t = await getTranslations("admin");
  const tErrors = await getTranslations("syncs.errors");
  const tResource = await getTranslations("syncs.resource");
  const locale = await getLocale();
  const when = (date: Date | null) => (date ? formatMoscowDateTime(date, locale) : t("never"));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t("table.caption")}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("table.organization")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("table.connection")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("table.state")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("table.lastSuccess")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("table.errorRate")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("table.latency")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("table.lastError")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("table.freshness")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.connectionId} data-connection-id={row.connectionId} className="align-top hover:bg-slate-50">
              <td className="px-3 py-2">
                <span className="font-medium text-slate-900">{row.organizationName}</span>
                <span className="block text-xs text-slate-500">{row.organizationSlug}</span>
              </td>
              <td className="px-3 py-2">
                <Link href={`/admin/connections/${row.connectionId}`} className="font-medium text-brand-700 hover:underline">
                  {row.name}
                </Link>
                <span className="block text-xs text-slate-500">{row.provider}</span>
              </td>
              <td className="px-3 py-2">
                <HealthBadge state={row.status === "disabled" ? "disabled" : row.health} />
                {row.healthReason ? <span className="mt-1 block max-w-48 text-xs text-slate-500">{row.healthReason}</span> : null}
                {row.healthChangedAt ? (
                  <span className="block text-xs text-slate-500">{t("since", { date: when(row.healthChangedAt) })}</span>
                ) : null}
              </td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">{when(row.lastSuccessAt)}</td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                {row.errorRate === null ? "—" : `${formatDecimal(row.errorRate * 100, locale)} %`}
                <span className="block text-xs text-slate-500">
                  {t("ofChecks", { failures: formatCount(row.failures, locale), checks: formatCount(row.checks, locale) })}
                </span>
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                {row.p50LatencyMs === null ? "—" : t("ms", { ms: formatCount(row.p50LatencyMs, locale) })}
                {row.avgLatencyMs !== null ? (
                  <span className="block text-xs text-slate-500">{t("avg", { ms: formatCount(row.avgLatencyMs, locale) })}</span>
                ) : null}
              </td>
              <td className="min-w-64 max-w-sm px-3 py-2">
                {row.lastErrorCode ? (
                  <>
                    <span className="text-red-800">{failureText(tErrors as never, row.lastErrorCode)}</span>
                    <span className="block text-xs text-slate-500">{when(row.lastErrorAt)}</span>
                    {row.lastErrorMessage ? (
                      <span className="block break-words font-mono text-xs text-slate-500">{row.lastErrorMessage}</span>
                    ) : null}
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-xs">
                {row.freshness.length === 0 ? (
                  <span className="text-slate-500">{t("neverSynced")}</span>
                ) : (
                  <ul>
                    {row.freshness.map((f) => (
                      <li key={f.resource}>
                        <span className="text-slate-500">{tResource(f.resource as never)}:</span> {when(f.lastSuccessAt)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
