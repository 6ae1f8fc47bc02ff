"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { setUserBlockedAction } from "@/lib/actions/admin/set-user-blocked";
import { ConfirmDialog, useConfirmation } from "@/components/ui/confirm-dialog";

/** Blocks a user after a confirmation (their sessions end at once), or lifts a block. */
export function BlockUserButton({ userId, phone, blocked }: { userId: string; phone: string; blocked: boolean }) {
  const t = useTranslations("security");
  const router = useRouter();
  const { ask, close, pending, startTransition, dialog } = useConfirmation();
  const submit = () =>
    startTransition(async () => {
      const data = new FormData();
      data.set("userId", userId);
      data.set("blocked", blocked ? "false" : "true");
      const result = await setUserBlockedAction(null, data);
      close();
      if (result.ok) {
        toast.success(blocked ? t("unblocked") : t("blocked"));
        router.refresh();
      } else toast.error(result.formError ?? t("failed"));
    });
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() => (blocked ? submit() : ask())}
        className={
          blocked
            ? "rounded-md px-2 py-1 text-sm text-slate-800 hover:bg-slate-100"
            : "rounded-md px-2 py-1 text-sm text-red-700 hover:bg-red-50"
        }
      >
        {blocked ? t("unblock") : t("block")}
      </button>
      <ConfirmDialog
        {...dialog}
        title={t("blockConfirmTitle", { phone })}
        description={t("blockConfirm")}
        confirmLabel={t("block")}
        cancelLabel={t("cancel")}
        destructive
        onConfirm={submit}
      />
    </>
  );
}
