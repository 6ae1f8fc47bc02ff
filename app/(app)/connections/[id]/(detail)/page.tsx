import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConnectionActions } from "@/components/connections/connection-actions";
import { ConnectionFacts } from "@/components/connections/connection-facts";
import { DataFreshness } from "@/components/connections/data-freshness";
import { ConnectionPageHeader } from "@/components/connections/connection-page-header";
import { ProviderIcon } from "@/components/connections/provider-icon";
import { ReadOnlyNotice } from "@/components/connections/read-only-notice";
import { SyncPanel } from "@/components/syncs/sync-panel";
import { db } from "@/lib/db";
import { canEdit, hasRole, requirePageMembership } from "@/lib/auth";
import { getConnection } from "@/lib/data/connections/get-connection";
import { listSyncRuns } from "@/lib/data/sync/list-sync-runs";
import { toSyncRunDto } from "@/lib/connections/sync-run-dto";
import { listSyncFreshness } from "@/lib/data/sync/list-sync-cursors";
import { getIntegration } from "@/lib/integrations/all";
import { syncableResources } from "@/lib/connections/sync-resources";
import { roleToManageConnection } from "@/lib/connections/manage-role";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("connections") };
}

/** One connection: its health and facts, the buttons that change it, "Sync now" and the run history. */
export default async function ConnectionPage({ params }: Props) {
  const { id } = await params;
  const { organizationId, role } = await requirePageMembership();
  const connection = await getConnection({ db, organizationId, connectionId: id });
  if (!connection) notFound();
  const [t, tCopy, runs, freshness] = await Promise.all([
    getTranslations("connections"),
    getTranslations(),
    listSyncRuns({ db, organizationId, connectionId: connection.id, take: 20 }),
    listSyncFreshness({ db, organizationId, connectionId: connection.id }),
  ]);
  const integration = getIntegration(connection.provider);
  // A payment connection decides where money goes: only the owner changes it (the actions check again).
  const manageable = hasRole(role, roleToManageConnection(connection.provider));
  const editable = canEdit(role);
  const resources = syncableResources(integration);

  return (
    <>
      <ConnectionPageHeader
        back={{ href: "/connections", label: t("backToList") }}
        connection={connection}
        description={tCopy(integration.name)}
      />
      {!editable ? <ReadOnlyNotice /> : !manageable ? <ReadOnlyNotice message={t("ownerOnlyPayments")} /> : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <section aria-labelledby="facts-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="facts-heading" className="flex items-center gap-2 text-base font-semibold text-slate-900">
            <ProviderIcon name={integration.icon} className="size-4" />
            {t("details")}
          </h2>
          <ConnectionFacts connection={connection} integration={integration} />
          {manageable ? (
            <ConnectionActions
              organizationId={organizationId}
              connectionId={connection.id}
              name={connection.name}
              active={connection.status === "active"}
              canDelete={hasRole(role, "owner")}
            />
          ) : null}
        </section>
        {resources.length > 0 ? <DataFreshness resources={resources} freshness={freshness} /> : null}
      </div>
      {resources.length > 0 ? (
        <div className="mt-8">
          <SyncPanel
            organizationId={organizationId}
            connectionId={connection.id}
            resources={resources}
            canSync={editable}
            disabled={connection.status === "disabled"}
            initialRuns={runs.map(toSyncRunDto)}
          />
        </div>
      ) : null}
    </>
  );
}
