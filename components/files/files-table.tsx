import { getLocale, getTranslations } from "next-intl/server";
import type { FileView } from "@/lib/data/files/file-view";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { Badge } from "@/components/ui/badge";
import { DownloadButton } from "@/components/files/download-button";

const formatSize = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale === "en" ? "en-US" : "ru-RU", { style: "unit", unit: bytes >= 1024 * 1024 ? "megabyte" : "kilobyte", maximumFractionDigits: 1 }).format(
    bytes >= 1024 * 1024 ? bytes / 1024 / 1024 : Math.max(0.1, bytes / 1024),
  );

export async function FilesTable({ organizationId, files }: { organizationId: string; files: FileView[] }) {
  const t = await getTranslations("files");
  const locale = await getLocale();
  if (files.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{t("listTitle")}</caption>
      <thead className="border-b border-slate-200 text-slate-600">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">{t("name")}</th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">{t("size")}</th>
          <th scope="col" className="py-2 pr-3 font-medium">{t("createdAt")}</th>
          <th scope="col" className="py-2 pr-3 font-medium">{t("status")}</th>
          <th scope="col" className="py-2 font-medium"><span className="sr-only">{t("download")}</span></th>
        </tr>
      </thead>
      <tbody>
        {files.map((f) => (
          <tr key={f.id} className="border-b border-slate-100">
            <td className="py-2 pr-3 break-all">{f.filename}</td>
            <td className="py-2 pr-3 text-right tabular-nums whitespace-nowrap">{formatSize(f.size, locale)}</td>
            <td className="py-2 pr-3 whitespace-nowrap">{formatMoscowDateTime(f.createdAt, locale)}</td>
            <td className="py-2 pr-3">
              <Badge tone={f.status === "uploaded" ? "success" : "neutral"}>{t(f.status === "uploaded" ? "statusUploaded" : "statusPending")}</Badge>
            </td>
            <td className="py-2">{f.status === "uploaded" ? <DownloadButton organizationId={organizationId} fileId={f.id} filename={f.filename} /> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
