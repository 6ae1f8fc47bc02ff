import { getTranslations } from "next-intl/server";
import { DateField } from "@/components/filters/filter-form";
import { PeriodSelect } from "@/components/filters/period-select";
import type { DateRange } from "@/lib/validations/list-params";

/**
 * The period inside a table's filter form: a preset (or all time) and custom days. Filled-in
 * days win (see resolvePeriod), so choosing days needs no extra step.
 */
export async function PeriodFields({ range }: { range: DateRange | null }) {
  const t = await getTranslations("views.period");
  const current = range ? range.preset : "all";
  return (
    <>
      <PeriodSelect
        label={t("label")}
        defaultValue={current}
        options={[
          { value: "7d", label: t("7d") },
          { value: "30d", label: t("30d") },
          { value: "90d", label: t("90d") },
          { value: "all", label: t("all") },
          { value: "custom", label: t("custom") },
        ]}
      />
      <DateField name="from" label={t("from")} defaultValue={range?.preset === "custom" ? range.from : undefined} />
      <DateField name="to" label={t("to")} defaultValue={range?.preset === "custom" ? range.to : undefined} />
    </>
  );
}
