"use client";

/**
 * The preset select of a table's period. Typed days win over the preset on the server (see
 * resolvePeriod), so picking a preset here clears the day inputs of the same form; without
 * JavaScript the form still works, with days taking precedence.
 */
export function PeriodSelect({
  label,
  defaultValue,
  options,
}: {
  label: string;
  defaultValue: string;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
      {label}
      <select
        name="period"
        defaultValue={defaultValue}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        onChange={(event) => {
          if (event.target.value === "custom") return;
          const form = event.target.form;
          for (const name of ["from", "to"]) {
            const input = form?.elements.namedItem(name);
            if (input instanceof HTMLInputElement) input.value = "";
          }
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
