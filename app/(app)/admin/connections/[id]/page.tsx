import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { ConnectionPageHeader } from "@/components/connections/connection-page-header";
import { adminPageMetadata, requireAdminPage } from "@/components/admin/require-admin-page";
import { AdminConnectionHistory } from "@/components/admin/admin-connection-history";
import { SyncRunsTable } from "@/components/syncs/sync-runs-table";
import { db } from "@/lib/db";
import { getConnectionForAdmin } from "@/lib/data/admin/get-connection-for-admin";
import { toSyncRunDto } from "@/lib/connections/sync-run-dto";
import { formatMoscowDateTime } from "@/lib/format/datetime";

export const generateMetadata = adminPageMetadata;

/** Platform admins: one connection of any organisation, its runs, checks and state changes. */
export default async function AdminConnectionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminPage();
  const { id } = await params;
  const detail = await getConnectionForAdmin({ db, connectionId: id });
  if (!detail) notFound();
  const [t, tSyncs, locale] = await Promise.all([getTranslations("admin"), getTranslations("syncs"), getLocale()]);
  const { connection } = detail;
  const runs = detail.runs.map(toSyncRunDto);
  const technical = Object.fromEntries(detail.runs.map((r) => [r.id, r.errorMessage]));

  return (
    <>
      <ConnectionPageHeader
        back={{ href: "/admin/health", label: t("title") }}
        connection={connection}
        description={`${connection.organization.name} · ${connection.provider} · ${t("created", { date: formatMoscowDateTime(connection.createdAt, locale) })}`}
      />
      <AdminConnectionHistory detail={detail} />
      <Section id="admin-runs" title={t("runs")} className="mt-8" headingGap>
        {runs.length === 0 ? (
          <p className="text-sm text-slate-600">{tSyncs("panel.noRuns")}</p>
        ) : (
          <SyncRunsTable runs={runs} caption={t("runs")} technicalMessages={technical} />
        )}
      </Section>
    </>
  );
}
