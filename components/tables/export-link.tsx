import { Download } from "lucide-react";
import { hrefWith } from "@/components/tables/href";

/** Downloads the whole filtered table (every page) as CSV from the export route. */
export function ExportLink({
  resource,
  params,
  label,
  hint,
}: {
  resource: string;
  params: Record<string, string>;
  label: string;
  hint: string;
}) {
  return (
    <a
      href={hrefWith(`/api/export/${resource}`, params)}
      download
      title={hint}
      className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50"
    >
      <Download aria-hidden className="size-4" />
      {label}
    </a>
  );
}
