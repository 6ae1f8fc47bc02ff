import { RefreshCw } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { titleMetadata } from "@/components/ui/page-metadata";
import { ConnectFirst } from "@/components/ui/empty-state";
import { TableEmpty } from "@/components/tables/table-states";
import { AnySelectField, PageFilterForm } from "@/components/filters/page-filter-form";
import { LiveRefresh } from "@/components/syncs/live-refresh";
import { SyncRunsTable } from "@/components/syncs/sync-runs-table";
import { db } from "@/lib/db";
import { requirePageMembership } from "@/lib/auth";
import { listConnections } from "@/lib/data/connections/list-connections";
import { listSyncRuns } from "@/lib/data/sync/list-sync-runs";
import { isActiveRun, toSyncRunDto } from "@/lib/connections/sync-run-dto";
import { SYNC_RESOURCES } from "@/lib/connections/sync-resources";
import { firstValues, SYNC_STATUSES, syncsFilterSchema } from "@/lib/validations/connections";

export const generateMetadata = titleMetadata("nav", "syncs");

/** The organisation's recent sync runs across connections, filtered from the URL. */
export default async function SyncsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { organizationId } = await requirePageMembership();
  const filter = syncsFilterSchema.parse(firstValues(await searchParams));
  const [t, connections] = await Promise.all([getTranslations("syncs"), listConnections({ db, organizationId })]);
  // A connection id from the URL narrows only within this organisation (the data layer scopes it).
  const runs = (
    await listSyncRuns({
      db,
      organizationId,
      status: filter.status,
      resource: filter.resource,
      connectionId: filter.connection,
      take: 100,
    })
  ).map(toSyncRunDto);
  const filtered = Boolean(filter.status || filter.resource || filter.connection);
  const [any, anyConnection] = [t("filters.any"), t("filters.anyConnection")];
  const statuses = SYNC_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }));
  const resources = SYNC_RESOURCES.map((r) => ({ value: r, label: t(`resource.${r}`) }));
  const choices = connections.map((c) => ({ value: c.id, label: c.name }));

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <PageFilterForm path="/syncs">
        <AnySelectField name="status" label={t("filters.status")} defaultValue={filter.status} any={any} options={statuses} />
        <AnySelectField name="resource" label={t("filters.resource")} defaultValue={filter.resource} any={any} options={resources} />
        <AnySelectField
          name="connection"
          label={t("filters.connection")}
          defaultValue={filter.connection}
          any={anyConnection}
          options={choices}
        />
      </PageFilterForm>
      <LiveRefresh active={runs.some(isActiveRun)} label={t("live")} />
      {runs.length > 0 ? (
        <SyncRunsTable runs={runs} caption={t("title")} showConnection connectionHref={(run) => `/connections/${run.connectionId}`} />
      ) : filtered ? (
        <TableEmpty filtered resetHref="/syncs" />
      ) : (
        <ConnectFirst icon={RefreshCw} title={t("empty.title")} description={t("empty.text")} connect={t("empty.action")} />
      )}
    </>
  );
}
