import { getLocale, getTranslations } from "next-intl/server";
import type { FileView } from "@/lib/data/files/file-view";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { Badge } from "@/components/ui/badge";
import { DownloadButton } from "@/components/files/download-button";
import { DataTable } from "@/components/tables/data-table";

const formatSize = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale === "en" ? "en-US" : "ru-RU", {
    style: "unit",
    unit: bytes >= 1024 * 1024 ? "megabyte" : "kilobyte",
    maximumFractionDigits: 1,
  }).format(bytes >= 1024 * 1024 ? bytes / 1024 / 1024 : Math.max(0.1, bytes / 1024));

export async function FilesTable({ organizationId, files }: { organizationId: string; files: FileView[] }) {
  const t = await getTranslations("files");
  const locale = await getLocale();
  if (files.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <DataTable
      caption={t("listTitle")}
      rows={files}
      rowKey={(f) => f.id}
      columns={[
        { key: "name", header: t("name"), cell: (f) => <span className="break-all">{f.filename}</span> },
        { key: "size", header: t("size"), align: "right", cell: (f) => formatSize(f.size, locale) },
        { key: "createdAt", header: t("createdAt"), cell: (f) => <time>{formatMoscowDateTime(f.createdAt, locale)}</time> },
        {
          key: "status",
          header: t("status"),
          cell: (f) => (
            <Badge tone={f.status === "uploaded" ? "success" : "neutral"}>
              {t(f.status === "uploaded" ? "statusUploaded" : "statusPending")}
            </Badge>
          ),
        },
        {
          key: "download",
          header: t("download"),
          hideHeader: true,
          cell: (f) =>
            f.status === "uploaded" ? <DownloadButton organizationId={organizationId} fileId={f.id} filename={f.filename} /> : null,
        },
      ]}
    />
  );
}
