"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { signOutEverywhereAction } from "@/lib/actions/auth/sign-out-everywhere";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** Ends every session of the user, this one included; the action then sends this browser to the login page. */
export function SignOutEverywhereButton() {
  const t = useTranslations("security");
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-md border border-red-300 px-4 py-2 text-sm font-medium text-red-700 hover:bg-red-50"
      >
        {t("signOutEverywhere")}
      </button>
      <ConfirmDialog
        open={open}
        title={t("signOutEverywhereConfirmTitle")}
        description={t("signOutEverywhereConfirm")}
        confirmLabel={t("signOutEverywhere")}
        cancelLabel={t("cancel")}
        destructive
        pending={pending}
        onClose={() => setOpen(false)}
        onConfirm={() =>
          startTransition(async () => {
            const result = await signOutEverywhereAction(null, new FormData());
            if (result.ok) router.replace("/login");
            else toast.error(result.formError ?? t("failed"));
          })
        }
      />
    </>
  );
}
