/** The overview's shape while it loads: picker, five KPI tiles, two charts. */
export function OverviewSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="animate-pulse">
      <span className="sr-only">{label}</span>
      <div className="mb-6 h-7 w-48 rounded bg-slate-200" />
      <div className="mb-6 h-14 rounded-lg bg-slate-200" />
      <div className="mb-6 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-24 rounded-lg bg-slate-200" />
        ))}
      </div>
      <div className="grid gap-4 xl:grid-cols-2">
        <div className="h-80 rounded-lg bg-slate-200" />
        <div className="h-80 rounded-lg bg-slate-200" />
      </div>
    </div>
  );
}
