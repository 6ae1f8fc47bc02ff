import { useTranslations } from "next-intl";
import { AlertTriangle, Ban, CheckCircle2, CircleHelp, Clock, Hourglass, KeyRound } from "lucide-react";
import { StateBadge, type BadgeLook } from "@/components/ui/badge";

/** The health model's states as badges: text + icon + colour (never colour alone). */
const LOOK: Record<string, BadgeLook> = {
  unknown: { tone: "neutral", icon: CircleHelp },
  healthy: { tone: "success", icon: CheckCircle2 },
  degraded: { tone: "warning", icon: AlertTriangle },
  auth_failed: { tone: "danger", icon: KeyRound },
  token_expiring: { tone: "warning", icon: Clock },
  stale: { tone: "warning", icon: Hourglass },
  disabled: { tone: "neutral", icon: Ban },
};

export function HealthBadge({ state }: { state: string }) {
  return <StateBadge state={state} looks={LOOK} fallback="unknown" t={useTranslations("health.state")} />;
}
