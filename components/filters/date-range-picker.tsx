import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CompactField } from "@/components/ui/compact-field";
import { compactControlClass } from "@/components/ui/select";
import { hrefWith } from "@/components/tables/href";
import { formatDayLong } from "@/lib/format/datetime";
import { periodPresets, type DateRange } from "@/lib/validations/list-params";

/**
 * The overview's period picker: preset links (7/30/90 days) and a from/to form. Presets are
 * links with aria-current, so the choice is in the URL and keyboard users tab through them;
 * the custom form is a GET form with labelled native date inputs.
 */
export async function DateRangePicker({ path, range, maxDays }: { path: string; range: DateRange; maxDays: number }) {
  const t = await getTranslations("views.period");
  const locale = await getLocale();
  return (
    <div className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-3">
      <nav aria-label={t("presets")}>
        <ul className="flex gap-1">
          {periodPresets.map((preset) => {
            const active = range.preset === preset;
            return (
              <li key={preset}>
                <Link
                  href={hrefWith(path, { period: preset })}
                  aria-current={active ? "true" : undefined}
                  className={`inline-block rounded-md border px-3 py-1.5 text-sm font-medium ${
                    active ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300 text-slate-700 hover:bg-slate-50"
                  }`}
                >
                  {t(preset)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form action={path} method="get" aria-label={t("custom")} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="period" value="custom" />
        <CompactField label={t("from")}>
          <input type="date" name="from" required defaultValue={range.from} className={compactControlClass} />
        </CompactField>
        <CompactField label={t("to")}>
          <input type="date" name="to" required defaultValue={range.to} className={compactControlClass} />
        </CompactField>
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
          {t("apply")}
        </button>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">
        {t("range", { from: formatDayLong(range.from, locale), to: formatDayLong(range.to, locale) })}
        <span className="sr-only"> {t("maxDays", { days: maxDays })}</span>
      </p>
    </div>
  );
}
