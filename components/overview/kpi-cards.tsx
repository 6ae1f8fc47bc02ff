import { ArrowDownRight, ArrowUpRight, Minus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import type { KpiKey, Overview } from "@/lib/data/overview/build-overview";
import { formatCount, formatRubWhole } from "@/lib/format/money";

/**
 * KPI tiles with the change against the previous period. The change is told three ways: an
 * arrow icon, a signed percentage, and a sentence for screen readers; green/red only adds.
 * For returns, up is bad, so the colour follows meaning rather than direction.
 */
const tiles: { key: KpiKey; money: boolean; upIsGood: boolean }[] = [
  { key: "revenueKopecks", money: true, upIsGood: true },
  { key: "orders", money: false, upIsGood: true },
  { key: "sales", money: false, upIsGood: true },
  { key: "returns", money: false, upIsGood: false },
  { key: "averageCheckKopecks", money: true, upIsGood: true },
];

export async function KpiCards({ overview }: { overview: Overview }) {
  const t = await getTranslations("overview");
  const locale = await getLocale();
  const percent = new Intl.NumberFormat(locale === "en" ? "en-US" : "ru-RU", {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  const value = (key: KpiKey, money: boolean, v: number) => (money ? formatRubWhole(v, locale) : formatCount(v, locale));

  return (
    <ul className="mb-6 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5" aria-label={t("kpiLabel")}>
      {tiles.map(({ key, money, upIsGood }) => {
        const change = overview.change[key];
        const direction = change === null || Math.abs(change) < 0.0005 ? "flat" : change > 0 ? "up" : "down";
        const good = direction === "flat" ? null : (direction === "up") === upIsGood;
        const Icon = direction === "up" ? ArrowUpRight : direction === "down" ? ArrowDownRight : Minus;
        const tone = good === null ? "text-slate-600" : good ? "text-emerald-700" : "text-red-700";
        const previous = value(key, money, overview.before[key]);
        return (
          <li key={key} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="text-sm text-slate-600">{t(`kpi.${key}`)}</p>
            <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value(key, money, overview.current[key])}</p>
            <p className={`mt-1 flex items-center gap-1 text-sm ${tone}`}>
              <Icon aria-hidden className="size-4" />
              {change === null ? (
                <span>{t("noComparison")}</span>
              ) : (
                <>
                  <span className="font-medium tabular-nums">{percent.format(change)}</span>
                  <span className="text-slate-500">{t("vsPrevious", { value: previous })}</span>
                </>
              )}
            </p>
            {change !== null ? <p className="sr-only">{t(`trend.${direction}`)}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
