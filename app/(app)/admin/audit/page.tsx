import { getTranslations } from "next-intl/server";
import { adminTitleMetadata, requireAdminPage } from "@/components/admin/require-admin-page";
import { SectionPage } from "@/components/ui/section";
import { AuditLogTable } from "@/components/security/audit-log-table";
import { db } from "@/lib/db";
import { listAuditEventsAcrossOrganizations } from "@/lib/data/admin/list-audit-events-across-organizations";

export const generateMetadata = adminTitleMetadata("audit", "adminTitle");

const PAGE_SIZE = 50;

/** Every organisation's security events and the platform's own (blocks, sign-ins of users without one). */
export default async function AdminAuditLogPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  await requireAdminPage();
  const t = await getTranslations("audit");
  const { before } = await searchParams;
  const page = await listAuditEventsAcrossOrganizations({ db, before, take: PAGE_SIZE });
  return (
    <SectionPage title={t("adminTitle")} description={t("adminDescription")}>
      <AuditLogTable events={page.events} nextBefore={page.nextBefore} path="/admin/audit" showOrganization />
    </SectionPage>
  );
}
