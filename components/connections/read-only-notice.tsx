import { Eye } from "lucide-react";
import { useTranslations } from "next-intl";

/** Tells a member why there are no buttons: a viewer may look, not change; `message` says another reason (a payment connection is the owner's). */
export function ReadOnlyNotice({ message }: { message?: string } = {}) {
  const t = useTranslations("connections");
  return (
    <p
      role="note"
      className="mb-4 flex items-center gap-2 rounded-md border border-slate-200 bg-slate-100 px-3 py-2 text-sm text-slate-700"
    >
      <Eye aria-hidden className="size-4 shrink-0" />
      {message ?? t("readOnly")}
    </p>
  );
}
