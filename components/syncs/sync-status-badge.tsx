import { useTranslations } from "next-intl";
import { Ban, CheckCircle2, Clock, LoaderCircle, XCircle } from "lucide-react";
import { StateBadge, type BadgeLook } from "@/components/ui/badge";

const LOOK: Record<string, BadgeLook> = {
  queued: { tone: "neutral", icon: Clock },
  running: { tone: "info", icon: LoaderCircle, spin: true },
  succeeded: { tone: "success", icon: CheckCircle2 },
  failed: { tone: "danger", icon: XCircle },
  cancelled: { tone: "neutral", icon: Ban },
};

export function SyncStatusBadge({ status }: { status: string }) {
  return <StateBadge state={status} looks={LOOK} fallback="queued" t={useTranslations("syncs.status")} />;
}
