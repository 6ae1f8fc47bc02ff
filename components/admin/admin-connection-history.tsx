import { getLocale, getTranslations } from "next-intl/server";
import type { getConnectionForAdmin } from "@/lib/data/admin/get-connection-for-admin";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { formatCount, formatDecimal } from "@/lib/format/money";
import { HealthBadge } from "@/components/connections/health-badge";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { CheckCircle2, XCircle } from "lucide-react";

type Detail = NonNullable<Awaited<ReturnType<typeof getConnectionForAdmin>>>;

const CARD = "rounded-lg border border-slate-200 bg-white p-4";

/** A card listing events (checks, transitions), or saying there are none. */
function CardList({ id, title, empty, children }: { id: string; title: string; empty: string | null; children: React.ReactNode }) {
  return (
    <Section id={id} title={title} className={CARD} headingGap>
      {empty ? <p className="text-sm text-slate-600">{empty}</p> : null}
      <ul className="space-y-2 text-sm">{children}</ul>
    </Section>
  );
}

/** The admin's view of why a connection is in its state: 24 h stats, freshness, checks and transitions. */
export async function AdminConnectionHistory({ detail }: { detail: Detail }) {
  const t = await getTranslations("admin");
  const tResource = await getTranslations("syncs.resource");
  const locale = await getLocale();
  const { connection, stats } = detail;
  const when = (d: Date | null) => (d ? formatMoscowDateTime(d, locale) : t("never"));
  const facts: Array<[string, string]> = [
    [t("table.lastSuccess"), when(connection.lastSuccessAt)],
    [
      t("table.errorRate"),
      stats?.errorRate != null
        ? `${formatDecimal(stats.errorRate * 100, locale)} % (${t("ofChecks", { failures: stats.failures, checks: stats.checks })})`
        : "—",
    ],
    [t("table.latency"), stats?.p50LatencyMs != null ? t("ms", { ms: formatCount(stats.p50LatencyMs, locale) }) : "—"],
    [t("reason"), connection.healthReason ?? "—"],
    [t("consecutiveFailures"), String(connection.consecutiveFailures)],
    [
      t("table.lastError"),
      connection.lastErrorCode
        ? `${connection.lastErrorCode}: ${connection.lastErrorMessage ?? ""} (${when(connection.lastErrorAt)})`
        : "—",
    ],
    ...detail.freshness.map((f): [string, string] => [`${t("table.freshness")}: ${tResource(f.resource as never)}`, when(f.lastSuccessAt)]),
  ];
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Section id="admin-facts" title={t("facts")} className={CARD} headingGap>
        <dl className="space-y-1 text-sm">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt className="text-xs text-slate-500">{term}</dt>
              <dd className="break-words text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <CardList id="admin-checks" title={t("checks")} empty={detail.checks.length === 0 ? t("noChecks") : null}>
        {detail.checks.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center gap-2">
            <Badge tone={c.ok ? "success" : "danger"} icon={c.ok ? CheckCircle2 : XCircle}>
              {c.ok ? t("ok") : (c.errorCode ?? t("failed"))}
            </Badge>
            <span className="text-xs text-slate-600">
              {t(`source.${c.source === "sync" ? "sync" : "check"}`)} · {when(c.checkedAt)}
              {c.latencyMs != null ? ` · ${t("ms", { ms: c.latencyMs })}` : ""}
            </span>
          </li>
        ))}
      </CardList>
      <CardList id="admin-transitions" title={t("transitions")} empty={detail.transitions.length === 0 ? t("noTransitions") : null}>
        {detail.transitions.map((tr) => (
          <li key={tr.id}>
            <span className="flex flex-wrap items-center gap-1">
              <HealthBadge state={tr.fromState} /> → <HealthBadge state={tr.toState} />
            </span>
            <span className="block text-xs text-slate-600">
              {when(tr.createdAt)}
              {tr.reason ? ` · ${tr.reason}` : ""}
            </span>
          </li>
        ))}
      </CardList>
    </div>
  );
}
