import { getLocale, getTranslations } from "next-intl/server";
import type { SyncFreshness } from "@/lib/data/sync/list-sync-cursors";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { RESOURCE_SCHEDULES, type SyncResourceName } from "@/lib/connections/sync-resources";

/** "Data as of": when each resource last synced completely, and whether that is too long ago. */
export async function DataFreshness({
  resources,
  freshness,
  now = new Date(),
}: {
  resources: SyncResourceName[];
  freshness: SyncFreshness[];
  now?: Date;
}) {
  const t = await getTranslations("connections.freshness");
  const tResource = await getTranslations("syncs.resource");
  const locale = await getLocale();
  return (
    <section aria-labelledby="freshness-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="freshness-heading" className="mb-1 text-base font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mb-3 text-xs text-slate-500">{t("moscowTime")}</p>
      <ul className="divide-y divide-slate-100 text-sm">
        {resources.map((resource) => {
          const entry = freshness.find((f) => f.resource === resource);
          const last = entry?.lastSuccessAt ?? null;
          const stale = !last || now.getTime() - last.getTime() > RESOURCE_SCHEDULES[resource].freshnessMs;
          return (
            <li key={resource} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="font-medium text-slate-800">{tResource(resource)}</span>
              <span className={stale ? "text-amber-900" : "text-slate-700"}>
                {last ? formatMoscowDateTime(last, locale) : t("never")}
                {stale && last ? <span className="ml-1">({t("stale")})</span> : null}
                {entry?.resumable ? <span className="ml-1 text-slate-500">· {t("resumable")}</span> : null}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
