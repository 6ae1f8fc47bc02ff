import Link from "next/link";
import { SearchX, type LucideIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ConnectFirst } from "@/components/ui/empty-state";

/** The empty state of a section or table before any shop is connected and synced. */
export async function NothingSynced({ icon }: { icon?: LucideIcon }) {
  const t = await getTranslations("empty");
  return <ConnectFirst icon={icon} title={t("title")} description={t("noData")} connect={t("connect")} />;
}

/**
 * The two empty states of a table: nothing synced yet (connect a shop), or nothing matching
 * the filters (reset them). They differ in what the person can do next.
 */
export async function TableEmpty({ filtered, resetHref, icon }: { filtered: boolean; resetHref: string; icon?: LucideIcon }) {
  if (!filtered) return <NothingSynced icon={icon} />;
  const t = await getTranslations();
  return (
    <div
      role="status"
      className="flex flex-col items-center rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center"
    >
      <SearchX aria-hidden className="mb-3 size-8 text-slate-400" />
      <h2 className="text-base font-semibold text-slate-900">{t("views.empty.filteredTitle")}</h2>
      <p className="mt-1 max-w-md text-sm text-slate-600">{t("views.empty.filteredText")}</p>
      <Link
        href={resetHref}
        className="mt-4 rounded-md border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50"
      >
        {t("views.empty.reset")}
      </Link>
    </div>
  );
}

/** Placeholder rows while a table loads (loading.tsx), shaped like the real table. */
export function TableSkeleton({ columns = 6, rows = 10, label }: { columns?: number; rows?: number; label: string }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="animate-pulse">
      <span className="sr-only">{label}</span>
      <div className="mb-4 h-10 w-full max-w-3xl rounded-md bg-slate-200" />
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
        <div className="h-9 bg-slate-100" />
        {Array.from({ length: rows }, (_, r) => (
          <div key={r} className="flex gap-4 border-t border-slate-100 px-3 py-3">
            {Array.from({ length: columns }, (_, c) => (
              <div key={c} className="h-4 flex-1 rounded bg-slate-200" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
