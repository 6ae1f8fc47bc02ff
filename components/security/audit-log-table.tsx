import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, type Column } from "@/components/tables/data-table";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/audit-actions";
import type { AuditEventView } from "@/lib/data/audit/query-audit-events";
import { formatPhone } from "@/lib/validations/auth";

const isKnownAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

/**
 * One page of the audit log, newest first, with a link to the next (older) page. Keyset paging:
 * the link carries the last id shown, so every page costs the same however deep it is.
 */
export async function AuditLogTable({
  events,
  nextBefore,
  path,
  showOrganization = false,
}: {
  events: AuditEventView[];
  nextBefore: string | null;
  path: string;
  showOrganization?: boolean;
}) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const columns: Column<AuditEventView>[] = [
    {
      key: "time",
      header: t("time"),
      cell: (e) => (
        <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</time>
      ),
    },
    { key: "action", header: t("action"), cell: (e) => (isKnownAction(e.action) ? t(`actions.${e.action}`) : e.action) },
    {
      key: "actor",
      header: t("actor"),
      cell: (e) => (e.actor ? (e.actor.name ?? formatPhone(e.actor.phone)) : t("system")),
    },
    {
      key: "details",
      header: t("details"),
      cell: (e) => (
        <>
          {e.targetType ? (
            <code>
              {e.targetType}:{e.targetId}
            </code>
          ) : null}
          {Object.keys(e.details).length ? (
            <small>
              {Object.entries(e.details)
                .map(([k, v]) => `${k}: ${String(v)}`)
                .join(", ")}
            </small>
          ) : null}
        </>
      ),
    },
    { key: "ip", header: t("ip"), cell: (e) => e.ip ?? "—" },
  ];
  if (showOrganization)
    columns.splice(1, 0, { key: "organization", header: t("organization"), cell: (e) => e.organizationName ?? t("platform") });

  if (events.length === 0) return <p className="rounded-md border border-slate-200 bg-white p-4 text-sm text-slate-600">{t("empty")}</p>;
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <DataTable caption={t("caption")} columns={columns} rows={events} rowKey={(e) => e.id} />
      </div>
      <nav aria-label={t("paging")} className="flex gap-4 text-sm">
        {nextBefore ? (
          <Link href={`${path}?before=${nextBefore}`} className="font-medium text-blue-700 hover:underline" rel="next">
            {t("older")}
          </Link>
        ) : (
          <span className="text-slate-500">{t("end")}</span>
        )}
        <Link href={path} className="text-blue-700 hover:underline">
          {t("newest")}
        </Link>
      </nav>
    </div>
  );
}
