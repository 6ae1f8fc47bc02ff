"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Re-renders a server page every two seconds while something on it is still running. */
export function LiveRefresh({ active, label, intervalMs = 2000 }: { active: boolean; label: string; intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, router]);
  return active ? (
    <p role="status" className="mb-2 text-xs text-slate-500">
      {label}
    </p>
  ) : null;
}
