"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { presignDownloadAction } from "@/lib/actions/files/presign-download";
import { secondaryButton } from "@/components/ui/button-classes";

/** Asks for a fresh short-lived URL on click, so a copied page never holds a working link. */
export function DownloadButton({ organizationId, fileId, filename }: { organizationId: string; fileId: string; filename: string }) {
  const t = useTranslations("files");
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      aria-label={t("downloadNamed", { name: filename })}
      className={secondaryButton}
      onClick={async () => {
        setBusy(true);
        const result = await presignDownloadAction({ organizationId, fileId }).finally(() => setBusy(false));
        if (result.ok) window.location.assign(result.url);
        else toast.error(result.formError ?? t("downloadFailed"));
      }}
    >
      {t("download")}
    </button>
  );
}
