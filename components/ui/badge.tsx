import type { LucideIcon } from "lucide-react";

/**
 * A status label. The text is always there and an icon backs it up, so the meaning never rests
 * on colour alone (WCAG 1.4.1); the tone only adds emphasis.
 */
export type BadgeTone = "success" | "warning" | "danger" | "info" | "neutral";

const TONES: Record<BadgeTone, string> = {
  success: "border-emerald-200 bg-emerald-50 text-emerald-800",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  danger: "border-red-200 bg-red-50 text-red-800",
  info: "border-sky-200 bg-sky-50 text-sky-800",
  neutral: "border-slate-200 bg-slate-100 text-slate-700",
};

export function Badge({
  tone,
  icon: Icon,
  children,
  title,
  spin = false,
}: {
  tone: BadgeTone;
  icon?: LucideIcon;
  children: React.ReactNode;
  title?: string;
  spin?: boolean;
}) {
  return (
    <span
      title={title}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${TONES[tone]}`}
    >
      {Icon ? <Icon aria-hidden className={`size-3.5 shrink-0 ${spin ? "animate-spin" : ""}`} /> : null}
      {children}
    </span>
  );
}
