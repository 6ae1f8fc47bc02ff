import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { AdminConnectionRow } from "@/lib/data/admin/list-connections-health-across-organizations";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { formatCount, formatDecimal } from "@/lib/format/money";
import { HealthBadge } from "@/components/connections/health-badge";
import { failureText } from "@/components/syncs/failure-text";
import { DataTable, type Column } from "@/components/tables/data-table";

/** Every connection's health for platform admins; each row links to the connection's runs. */
export async function AdminHealthTable({ rows }: { rows: AdminConnectionRow[] }) {
  const t = await getTranslations("admin");
  const tErrors = await getTranslations("syncs.errors");
  const tResource = await getTranslations("syncs.resource");
  const locale = await getLocale();
  const when = (date: Date | null) => (date ? formatMoscowDateTime(date, locale) : t("never"));
  const columns: Column<AdminConnectionRow>[] = [
    {
      key: "organization",
      header: t("table.organization"),
      cell: (row) => (
        <>
          <span className="font-medium text-slate-900">{row.organizationName}</span>
          <small>{row.organizationSlug}</small>
        </>
      ),
    },
    {
      key: "connection",
      header: t("table.connection"),
      cell: (row) => (
        <>
          <Link href={`/admin/connections/${row.connectionId}`} className="font-medium text-brand-700 hover:underline">
            {row.name}
          </Link>
          <small>{row.provider}</small>
        </>
      ),
    },
    {
      key: "state",
      header: t("table.state"),
      cell: (row) => (
        <>
          <HealthBadge state={row.status === "disabled" ? "disabled" : row.health} />
          {row.healthReason ? <small className="mt-1 max-w-48">{row.healthReason}</small> : null}
          {row.healthChangedAt ? <small>{t("since", { date: when(row.healthChangedAt) })}</small> : null}
        </>
      ),
    },
    { key: "lastSuccess", header: t("table.lastSuccess"), cell: (row) => <time>{when(row.lastSuccessAt)}</time> },
    {
      key: "errorRate",
      header: t("table.errorRate"),
      align: "right",
      cell: (row) => (
        <>
          {row.errorRate === null ? "—" : `${formatDecimal(row.errorRate * 100, locale)} %`}
          <small>{t("ofChecks", { failures: formatCount(row.failures, locale), checks: formatCount(row.checks, locale) })}</small>
        </>
      ),
    },
    {
      key: "latency",
      header: t("table.latency"),
      align: "right",
      cell: (row) => (
        <>
          {row.p50LatencyMs === null ? "—" : t("ms", { ms: formatCount(row.p50LatencyMs, locale) })}
          {row.avgLatencyMs !== null ? <small>{t("avg", { ms: formatCount(row.avgLatencyMs, locale) })}</small> : null}
        </>
      ),
    },
    {
      key: "lastError",
      header: t("table.lastError"),
      cell: (row) =>
        row.lastErrorCode ? (
          <div className="min-w-64 max-w-sm">
            <span className="text-red-800">{failureText(tErrors as never, row.lastErrorCode)}</span>
            <small>{when(row.lastErrorAt)}</small>
            {row.lastErrorMessage ? <small className="break-words font-mono">{row.lastErrorMessage}</small> : null}
          </div>
        ) : (
          "—"
        ),
    },
    {
      key: "freshness",
      header: t("table.freshness"),
      cell: (row) =>
        row.freshness.length === 0 ? (
          <small>{t("neverSynced")}</small>
        ) : (
          <ul className="whitespace-nowrap text-xs">
            {row.freshness.map((f) => (
              <li key={f.resource}>
                <span className="text-slate-500">{tResource(f.resource as never)}:</span> {when(f.lastSuccessAt)}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <DataTable
      caption={t("table.caption")}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.connectionId}
      rowProps={(row) => ({ "data-connection-id": row.connectionId })}
    />
  );
}
