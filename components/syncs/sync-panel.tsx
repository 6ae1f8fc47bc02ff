"use client";

import { useCallback, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { RefreshCw } from "lucide-react";
import { toast } from "sonner";
import { syncConnectionAction } from "@/lib/actions/connections/sync-connection";
import { isActiveRun, type SyncRunDto } from "@/lib/connections/sync-run-dto";
import { formatCount } from "@/lib/format/money";
import { ProgressBar } from "@/components/ui/progress-bar";
import { primaryButton, secondaryButton } from "@/components/ui/button-classes";
import { SyncRunsTable } from "@/components/syncs/sync-runs-table";
import { SyncStatusBadge } from "@/components/syncs/sync-status-badge";
import { failureText } from "@/components/syncs/failure-text";
import { formatDuration } from "@/components/syncs/format-duration";
import { requestStarted, useSyncRuns, type SyncRequest } from "@/components/syncs/use-sync-runs";

/**
 * "Sync now" for one connection: a button per resource the provider syncs (and one for all),
 * live progress of the runs it started (pages, rows, a bar), the run history, and a toast when
 * each run ends.
 */
export function SyncPanel({
  organizationId,
  connectionId,
  resources,
  canSync,
  disabled,
  initialRuns,
}: {
  organizationId: string;
  connectionId: string;
  resources: string[];
  canSync: boolean;
  disabled: boolean;
  initialRuns: SyncRunDto[];
}) {
  const t = useTranslations("syncs");
  const tErrors = useTranslations("syncs.errors");
  const locale = useLocale();
  const router = useRouter();
  const [request, setRequest] = useState<SyncRequest | null>(null);
  const [pending, startTransition] = useTransition();

  const onFinished = useCallback(
    (run: SyncRunDto) => {
      const resource = t(`resource.${run.resource}` as never);
      if (run.status === "succeeded") {
        toast.success(
          t("toast.succeeded", {
            resource,
            rows: formatCount(run.rowsFetched, locale),
            duration: formatDuration(run.durationMs ?? 0, locale),
          }),
        );
      } else {
        toast.error(t("toast.failed", { resource, reason: failureText(tErrors as never, run.errorCode) ?? "" }));
      }
      // Health, freshness and the connection card change with a finished run.
      router.refresh();
    },
    [t, tErrors, locale, router],
  );

  const { data: runs, isError } = useSyncRuns({ organizationId, connectionId, initialRuns, request, onFinished });
  const active = runs.filter(isActiveRun);
  const waiting = request !== null && !requestStarted(request, runs) && active.length === 0;

  const syncNow = (resource: string) =>
    startTransition(async () => {
      const data = new FormData();
      data.set("organizationId", organizationId);
      data.set("connectionId", connectionId);
      data.set("resource", resource);
      const result = await syncConnectionAction(null, data);
      if (result.ok) {
        setRequest({ requestedAt: result.requestedAt, resources: result.resources });
        toast.info(t("toast.requested"));
      } else {
        toast.error(result.formError ?? t("toast.requestFailed"));
      }
    });

  return (
    <section aria-labelledby="sync-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="sync-heading" className="text-base font-semibold text-slate-900">
          {t("panel.title")}
        </h2>
        {canSync && resources.length > 0 ? (
          <div className="flex flex-wrap gap-2" role="group" aria-label={t("panel.syncNow")}>
            <button type="button" className={primaryButton} disabled={pending || disabled} onClick={() => syncNow("all")}>
              <RefreshCw aria-hidden className={`size-4 ${pending ? "animate-spin" : ""}`} />
              {t("panel.syncAll")}
            </button>
            {resources.map((resource) => (
              <button
                key={resource}
                type="button"
                className={secondaryButton}
                disabled={pending || disabled}
                onClick={() => syncNow(resource)}
              >
                {t(`resource.${resource}` as never)}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      {disabled && canSync ? <p className="text-sm text-slate-600">{t("panel.disabledHint")}</p> : null}

      <div aria-live="polite" className="space-y-3">
        {waiting ? <p className="text-sm text-slate-600">{t("panel.waiting")}</p> : null}
        {active.map((run) => (
          <ActiveRun key={run.id} run={run} />
        ))}
      </div>
      {isError ? (
        <p role="alert" className="text-sm text-red-700">
          {t("panel.pollFailed")}
        </p>
      ) : null}

      {runs.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
          {t("panel.noRuns")}
        </p>
      ) : (
        <SyncRunsTable runs={runs} caption={t("panel.history")} />
      )}
    </section>
  );
}

function ActiveRun({ run }: { run: SyncRunDto }) {
  const t = useTranslations("syncs");
  const locale = useLocale();
  const resource = t(`resource.${run.resource}` as never);
  const counts = t("panel.counts", { pages: formatCount(run.pages, locale), rows: formatCount(run.rowsFetched, locale) });
  return (
    <div data-testid="active-run" className="rounded-lg border border-sky-200 bg-sky-50/50 p-3">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="font-medium text-slate-900">{resource}</span>
        <SyncStatusBadge status={run.status} />
      </div>
      <ProgressBar value={run.progress} label={t("panel.progressLabel", { resource })} valueText={counts} />
      <p className="mt-1 text-xs tabular-nums text-slate-600">
        {counts}
        {run.progress !== null ? ` · ${Math.round(run.progress * 100)} %` : ""}
      </p>
    </div>
  );
}
