import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/components/ui/page-metadata";
import { ReadOnlyNote, SectionPage } from "@/components/ui/section";
import { AuditLogTable } from "@/components/security/audit-log-table";
import { requirePageMembership } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listAuditEvents } from "@/lib/data/audit/query-audit-events";

export const generateMetadata = titleMetadata("audit");

const PAGE_SIZE = 50;

/** The organisation's security events, for its owners only: other members see why there is nothing. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const { organizationId, allowed: isOwner } = await requirePageMembership({ minRole: "owner" });
  const t = await getTranslations("audit");
  if (!isOwner) {
    return (
      <SectionPage title={t("title")} description={t("description")}>
        <ReadOnlyNote>{t("ownersOnly")}</ReadOnlyNote>
      </SectionPage>
    );
  }
  const { before } = await searchParams;
  const page = await listAuditEvents({ db, organizationId, before, take: PAGE_SIZE });
  return (
    <SectionPage title={t("title")} description={t("description")}>
      <AuditLogTable events={page.events} nextBefore={page.nextBefore} path="/settings/audit" />
    </SectionPage>
  );
}
