import { getTranslations } from "next-intl/server";
import { FilterForm, SelectField } from "@/components/filters/filter-form";
import type { SelectOption } from "@/components/ui/select";

/**
 * The filter form of a page without sorting or page size to keep (syncs, admin health): it
 * submits to the page itself and resets to its bare path.
 */
export async function PageFilterForm({ path, children }: { path: string; children: React.ReactNode }) {
  const t = await getTranslations("views");
  return (
    <FilterForm
      action={path}
      keep={{}}
      labels={{ legend: t("filters"), apply: t("search.apply"), reset: t("search.reset") }}
      resetHref={path}
    >
      {children}
    </FilterForm>
  );
}

/** A select of a page's filters, led by the empty value, which means "do not filter by this". */
export function AnySelectField({
  any,
  options,
  ...field
}: {
  name: string;
  label: string;
  defaultValue?: string;
  any: string;
  options: readonly SelectOption[];
}) {
  return <SelectField {...field} options={[{ value: "", label: any }, ...options]} />;
}
