import Link from "next/link";
import type { LucideIcon } from "lucide-react";

export function EmptyState({
  icon: Icon,
  title,
  description,
  action,
}: {
  icon?: LucideIcon;
  title: string;
  description?: string;
  action?: { href: string; label: string };
}) {
  return (
    <div className="flex flex-col items-center justify-center rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      {Icon ? <Icon aria-hidden className="mb-3 size-8 text-slate-400" /> : null}
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {description ? <p className="mt-1 max-w-md text-sm text-slate-600">{description}</p> : null}
      {action ? (
        <Link href={action.href} className="mt-4 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {action.label}
        </Link>
      ) : null}
    </div>
  );
}

/** Nothing to show until a shop is connected and synced: the way forward is the connections page. */
export function ConnectFirst({ connect, ...state }: { icon?: LucideIcon; title: string; description: string; connect: string }) {
  return <EmptyState {...state} action={{ href: "/connections", label: connect }} />;
}
