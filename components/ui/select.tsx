/**
 * A native <select> from a list of options. Native on purpose: it is keyboard- and
 * screen-reader-friendly everywhere, works inside plain GET forms before any JavaScript loads,
 * and needs no client code of its own (it renders on the server or in the browser alike).
 */
export interface SelectOption {
  value: string;
  label: string;
}

/** The compact look of filter and table controls (the forms use Field's larger inputClass). */
export const compactControlClass = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export function Select({
  options,
  className = compactControlClass,
  ...props
}: Omit<React.ComponentProps<"select">, "children"> & { options: readonly SelectOption[] }) {
  return (
    <select className={className} {...props}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
