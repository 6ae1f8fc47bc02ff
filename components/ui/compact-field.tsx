/**
 * A small caption above a filter control, as a wrapping <label>: the caption is the control's
 * accessible name, so "Площадка" finds its select without ids to keep in step.
 */
export function CompactField({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <label className={["flex flex-col gap-1 text-xs font-medium text-slate-600", className].filter(Boolean).join(" ")}>
      {label}
      {children}
    </label>
  );
}
