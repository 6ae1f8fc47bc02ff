import { useTranslations } from "next-intl";
import { Ban, CheckCircle2, Clock, LoaderCircle, XCircle, type LucideIcon } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const LOOK: Record<string, { tone: BadgeTone; icon: LucideIcon; spin?: boolean }> = {
  queued: { tone: "neutral", icon: Clock },
  running: { tone: "info", icon: LoaderCircle, spin: true },
  succeeded: { tone: "success", icon: CheckCircle2 },
  failed: { tone: "danger", icon: XCircle },
  cancelled: { tone: "neutral", icon: Ban },
};

export function SyncStatusBadge({ status }: { status: string }) {
  const t = useTranslations("syncs.status");
  const look = LOOK[status] ?? LOOK.queued;
  return (
    <Badge tone={look.tone} icon={look.icon} spin={look.spin}>
      {t.has(status as never) ? t(status as never) : status}
    </Badge>
  );
}
