/**
 * A determinate bar when the total is known (value 0..1), otherwise an indeterminate stripe.
 * role="progressbar" with a label, so screen readers hear "Orders sync, 40 %".
 */
export function ProgressBar({ value, label, valueText }: { value: number | null; label: string; valueText?: string }) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      aria-valuetext={valueText}
      className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
    >
      {percent === null ? (
        <div className="h-full w-1/3 animate-pulse rounded-full bg-brand-600" />
      ) : (
        <div className="h-full rounded-full bg-brand-600 transition-[width] duration-500" style={{ width: `${percent}%` }} />
      )}
    </div>
  );
}
