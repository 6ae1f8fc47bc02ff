/** Placeholder cards while connections load, shaped like the real grid. */
export function CardsSkeleton({ label, count = 3 }: { label: string; count?: number }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="animate-pulse space-y-4">
      <span className="sr-only">{label}</span>
      <div className="h-8 w-64 rounded bg-slate-200" />
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: count }, (_, i) => (
          <div key={i} className="h-44 rounded-lg border border-slate-200 bg-white p-4">
            <div className="mb-3 h-5 w-1/2 rounded bg-slate-200" />
            <div className="space-y-2">
              <div className="h-3 w-3/4 rounded bg-slate-200" />
              <div className="h-3 w-2/3 rounded bg-slate-200" />
              <div className="h-3 w-1/2 rounded bg-slate-200" />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
