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

/** The part of a next-intl translator a state badge uses: whether a state has words, and the words. */
type StateWords = { has: (key: never) => boolean } & ((key: never) => string);

export interface BadgeLook {
  tone: BadgeTone;
  icon: LucideIcon;
  spin?: boolean;
}

/**
 * A badge for one state of a known set (a sync's status, a connection's health): the look comes
 * from the set's table and the words from its translator. A state the table does not know yet
 * shows as `fallback` with its raw name, so a new server-side state never breaks the page. The
 * caller calls useTranslations with its namespace, so the client-messages check can see it.
 */
export function StateBadge({
  state,
  looks,
  fallback,
  t,
}: {
  state: string;
  looks: Record<string, BadgeLook>;
  /** The state whose look an unknown state borrows. */
  fallback: string;
  t: StateWords;
}) {
  const look = looks[state] ?? looks[fallback];
  return (
    <Badge tone={look.tone} icon={look.icon} spin={look.spin}>
      {t.has(state as never) ? t(state as never) : state}
    </Badge>
  );
}
