import { getLocale, getTranslations } from "next-intl/server";
import type { FileView } from "@/lib/data/files/file-view";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { Badge } from "@/components/ui/badge";
import { DownloadButton } from "@/components/files/download-button";
import { actionColumn, RecordTable } from "@/components/tables/record-table";

const formatSize = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale === "en" ? "en-US" : "ru-RU", {
    style: "unit",
    unit: bytes >= 1024 * 1024 ? "megabyte" : "kilobyte",
    maximumFractionDigits: 1,
  }).format(bytes >= 1024 * 1024 ? bytes / 1024 / 1024 : Math.max(0.1, bytes / 1024));

export async function FilesTable({ organizationId, files }: { organizationId: string; files: FileView[] }) {
  const [t, locale] = await Promise.all([getTranslations("files"), getLocale()]);
  const uploaded = (f: FileView) => f.status === "uploaded";
  return (
    <RecordTable
      caption={t("listTitle")}
      empty={t("empty")}
      rows={files}
      columns={[
        { key: "name", header: t("name"), cell: (f) => <span className="break-all">{f.filename}</span> },
        { key: "size", header: t("size"), align: "right", cell: (f) => formatSize(f.size, locale) },
        { key: "createdAt", header: t("createdAt"), cell: (f) => <time>{formatMoscowDateTime(f.createdAt, locale)}</time> },
        {
          key: "status",
          header: t("status"),
          cell: (f) => <Badge tone={uploaded(f) ? "success" : "neutral"}>{t(uploaded(f) ? "statusUploaded" : "statusPending")}</Badge>,
        },
        actionColumn("download", t("download"), (f: FileView) =>
          uploaded(f) ? <DownloadButton organizationId={organizationId} fileId={f.id} filename={f.filename} /> : null,
        ),
      ]}
    />
  );
}
