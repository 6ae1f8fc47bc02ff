import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { HealthBadge } from "@/components/connections/health-badge";
import { requireAdminPage } from "@/components/admin/require-admin-page";
import { AdminConnectionHistory } from "@/components/admin/admin-connection-history";
import { SyncRunsTable } from "@/components/syncs/sync-runs-table";
import { db } from "@/lib/db";
import { getConnectionForAdmin } from "@/lib/data/admin/get-connection-for-admin";
import { toSyncRunDto } from "@/lib/connections/sync-run-dto";
import { formatMoscowDateTime } from "@/lib/format/datetime";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("admin") };
}

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
      <Link href="/admin/health" className="mb-3 inline-flex items-center gap-1 text-sm text-brand-700 hover:underline">
        <ArrowLeft aria-hidden className="size-4" />
        {t("title")}
      </Link>
      <PageHeader
        title={connection.name}
        description={`${connection.organization.name} · ${connection.provider} · ${t("created", { date: formatMoscowDateTime(connection.createdAt, locale) })}`}
        actions={<HealthBadge state={connection.status === "disabled" ? "disabled" : connection.health} />}
      />
      <AdminConnectionHistory detail={detail} />
      <section aria-labelledby="admin-runs" className="mt-8">
        <h2 id="admin-runs" className="mb-3 text-base font-semibold text-slate-900">
          {t("runs")}
        </h2>
        {runs.length === 0 ? (
          <p className="text-sm text-slate-600">{tSyncs("panel.noRuns")}</p>
        ) : (
          <SyncRunsTable runs={runs} caption={t("runs")} technicalMessages={technical} />
        )}
      </section>
    </>
  );
}
