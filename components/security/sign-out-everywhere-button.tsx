"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { signOutEverywhereAction } from "@/lib/actions/auth/sign-out-everywhere";
import { ConfirmDialog, useConfirmation } from "@/components/ui/confirm-dialog";

/** Ends every session of the user, this one included; the action then sends this browser to the login page. */
export function SignOutEverywhereButton() {
  const t = useTranslations("security");
  const { ask, startTransition, dialog } = useConfirmation();
  const router = useRouter();
  return (
    <>
      <button
        type="button"
        onClick={ask}
        className="rounded-md border border-red-300 px-4 py-2 text-sm font-medium text-red-700 hover:bg-red-50"
      >
        {t("signOutEverywhere")}
      </button>
      <ConfirmDialog
        {...dialog}
        title={t("signOutEverywhereConfirmTitle")}
        description={t("signOutEverywhereConfirm")}
        confirmLabel={t("signOutEverywhere")}
        cancelLabel={t("cancel")}
        destructive
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
