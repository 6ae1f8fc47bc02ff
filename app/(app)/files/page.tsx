import { getTranslations } from "next-intl/server";
import { FilesTable } from "@/components/files/files-table";
import { UploadForm } from "@/components/files/upload-form";
import { ConnectionGate } from "@/components/ui/connection-gate";
import { titleMetadata } from "@/components/ui/page-metadata";
import { Section, SectionPage } from "@/components/ui/section";
import { db } from "@/lib/db";
import { requirePageMembership } from "@/lib/auth/session";
import { listConnections } from "@/lib/data/connections/list-connections";
import { listFiles } from "@/lib/data/files/list-files";

export const generateMetadata = titleMetadata("files");

/** Every member lists and downloads; managers and owners upload (the actions check again). */
export default async function FilesPage() {
  const { organizationId, allowed: canUpload } = await requirePageMembership({ minRole: "manager" });
  const t = await getTranslations("files");
  const [buckets, files] = await Promise.all([
    listConnections({ db, organizationId, provider: "s3", status: "active" }),
    listFiles({ db, organizationId }),
  ]);
  const gateLabels = {
    emptyTitle: t("noStorageTitle"),
    emptyDescription: t("noStorageDescription"),
    connect: t("connect"),
    readOnly: t("readOnly"),
  };

  return (
    <SectionPage title={t("title")} description={t("description")}>
      <ConnectionGate connected={buckets.length > 0} allowed={canUpload} labels={gateLabels}>
        <UploadForm organizationId={organizationId} />
      </ConnectionGate>
      <Section id="files-list" title={t("listTitle")} className="space-y-3">
        <FilesTable organizationId={organizationId} files={files} />
      </Section>
    </SectionPage>
  );
}
