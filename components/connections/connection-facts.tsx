import { getLocale, getTranslations } from "next-intl/server";
import type { ConnectionView } from "@/lib/data/connections/connection-view";
import { describeScopes } from "@/lib/connections/scope-catalog";
import type { IntegrationDefinition } from "@/lib/integrations/types";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { failureText } from "@/components/syncs/failure-text";

const DAY_MS = 86_400_000;

/**
 * What a person needs to know about a connection at a glance: masked credentials, token expiry,
 * granted and missing scopes, last success and the last error in plain language.
 */
export async function ConnectionFacts({
  connection,
  integration,
  now = new Date(),
}: {
  connection: ConnectionView;
  integration: IntegrationDefinition;
  now?: Date;
}) {
  const t = await getTranslations("connections.facts");
  const tErrors = await getTranslations("syncs.errors");
  const tCopy = await getTranslations();
  const locale = await getLocale();
  const hints = (connection.credentialsHint ?? {}) as Record<string, string>;
  const scopes = describeScopes(connection.provider, connection.scopes, tCopy);
  const expires = connection.tokenExpiresAt;
  const daysLeft = expires ? Math.floor((expires.getTime() - now.getTime()) / DAY_MS) : null;

  const rows: Array<{ term: string; value: React.ReactNode; tone?: "danger" | "warning" }> = [];
  for (const field of integration.credentialFields) {
    if (hints[field.key]) rows.push({ term: tCopy(field.label), value: <span className="font-mono">{hints[field.key]}</span> });
  }
  if (expires && daysLeft !== null) {
    rows.push({
      term: t("tokenExpires"),
      value:
        daysLeft < 0
          ? t("expired", { date: formatMoscowDateTime(expires, locale) })
          : t("expiresIn", { date: formatMoscowDateTime(expires, locale), days: daysLeft }),
      tone: daysLeft < 0 ? "danger" : daysLeft < 14 ? "warning" : undefined,
    });
  }
  if (scopes) {
    rows.push({ term: t("scopes"), value: scopes.granted.join(", ") });
    if (scopes.missing.length) rows.push({ term: t("missingScopes"), value: scopes.missing.join(", "), tone: "danger" });
  }
  rows.push({
    term: t("lastSuccess"),
    value: connection.lastSuccessAt ? formatMoscowDateTime(connection.lastSuccessAt, locale) : t("never"),
  });
  if (
    connection.lastErrorCode &&
    connection.lastErrorAt &&
    (!connection.lastSuccessAt || connection.lastErrorAt > connection.lastSuccessAt)
  ) {
    rows.push({
      term: t("lastError"),
      value: `${failureText(tErrors as never, connection.lastErrorCode)} (${formatMoscowDateTime(connection.lastErrorAt, locale)})`,
      tone: "danger",
    });
  }
  if (connection.status === "disabled") {
    rows.push({
      term: t("disabled"),
      value: connection.disabledReason === "manual" ? t("disabledManually") : t("disabledAutomatically"),
      tone: "warning",
    });
  }

  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {rows.map((row) => (
        <div key={row.term} className="contents">
          <dt className="text-slate-500">{row.term}</dt>
          <dd className={row.tone === "danger" ? "text-red-800" : row.tone === "warning" ? "text-amber-900" : "text-slate-900"}>
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
