import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilesTable } from "@/components/files/files-table";
import { UploadForm } from "@/components/files/upload-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/lib/db";
import { requirePageMembership } from "@/lib/auth/session";
import { listConnections } from "@/lib/data/connections/list-connections";
import { listFiles } from "@/lib/data/files/list-files";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("files");
  return { title: t("title") };
}

/** Every member lists and downloads; managers and owners upload (the actions check again). */
export default async function FilesPage() {
  const { organizationId, allowed: canUpload } = await requirePageMembership({ minRole: "manager" });
  const t = await getTranslations("files");
  const [buckets, files] = await Promise.all([
    listConnections({ db, organizationId, provider: "s3", status: "active" }),
    listFiles({ db, organizationId }),
  ]);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {buckets.length === 0 ? (
        <EmptyState
          title={t("noStorageTitle")}
          description={t("noStorageDescription")}
          action={canUpload ? { href: "/connections/new", label: t("connect") } : undefined}
        />
      ) : canUpload ? (
        <UploadForm organizationId={organizationId} />
      ) : (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("readOnly")}</p>
      )}
      <section aria-labelledby="files-list" className="space-y-3">
        <h2 id="files-list" className="text-base font-semibold text-slate-900">
          {t("listTitle")}
        </h2>
        <FilesTable organizationId={organizationId} files={files} />
      </section>
    </div>
  );
}
