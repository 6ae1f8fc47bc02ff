"use client";

import { CompactField } from "@/components/ui/compact-field";
import { Select, type SelectOption } from "@/components/ui/select";

/**
 * The preset select of a table's period. Typed days win over the preset on the server (see
 * resolvePeriod), so picking a preset here clears the day inputs of the same form; without
 * JavaScript the form still works, with days taking precedence.
 */
export function PeriodSelect({ label, defaultValue, options }: { label: string; defaultValue: string; options: readonly SelectOption[] }) {
  return (
    <CompactField label={label}>
      <Select
        name="period"
        defaultValue={defaultValue}
        options={options}
        onChange={(event) => {
          if (event.target.value === "custom") return;
          const form = event.target.form;
          for (const name of ["from", "to"]) {
            const input = form?.elements.namedItem(name);
            if (input instanceof HTMLInputElement) input.value = "";
          }
        }}
      />
    </CompactField>
  );
}
