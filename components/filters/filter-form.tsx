import Link from "next/link";
import { Search } from "lucide-react";
import { CompactField } from "@/components/ui/compact-field";
import { compactControlClass, Select, type SelectOption } from "@/components/ui/select";

/**
 * Filters as a plain GET form: submitting writes them into the URL, so a filtered view is a
 * link that can be shared and survives a reload, and it works before any JavaScript loads.
 * Paging params are dropped on purpose: new filters start at the first page.
 */
export function FilterForm({
  action,
  keep,
  children,
  labels,
  resetHref,
}: {
  action: string;
  /** Params the form does not show but must keep (sort, page size). */
  keep: Record<string, string>;
  children: React.ReactNode;
  labels: { legend: string; apply: string; reset: string };
  resetHref: string;
}) {
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={labels.legend}
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div className="flex gap-2">
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
          {labels.apply}
        </button>
        <Link
          href={resetHref}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
        >
          {labels.reset}
        </Link>
      </div>
    </form>
  );
}

export function SearchField({
  name = "q",
  label,
  placeholder,
  defaultValue,
}: {
  name?: string;
  label: string;
  placeholder: string;
  defaultValue?: string;
}) {
  return (
    <CompactField label={label} className="min-w-56 flex-1">
      <span className="relative">
        <Search aria-hidden className="pointer-events-none absolute left-2 top-2 size-4 text-slate-400" />
        <input
          type="search"
          name={name}
          defaultValue={defaultValue}
          placeholder={placeholder}
          maxLength={100}
          className={`${compactControlClass} w-full pl-8`}
        />
      </span>
    </CompactField>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
}: {
  name: string;
  label: string;
  options: readonly SelectOption[];
  defaultValue?: string;
}) {
  return (
    <CompactField label={label}>
      <Select name={name} defaultValue={defaultValue ?? ""} options={options} />
    </CompactField>
  );
}

export function DateField({ name, label, defaultValue }: { name: string; label: string; defaultValue?: string }) {
  return (
    <CompactField label={label}>
      <input type="date" name={name} defaultValue={defaultValue} className={compactControlClass} />
    </CompactField>
  );
}
