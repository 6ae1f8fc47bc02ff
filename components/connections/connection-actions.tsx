"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Pencil, Power, PowerOff, ShieldCheck, Trash2, type LucideIcon } from "lucide-react";
import { toast } from "sonner";
import { checkConnectionAction } from "@/lib/actions/connections/check-connection";
import { deleteConnectionAction } from "@/lib/actions/connections/delete-connection";
import { disableConnectionAction } from "@/lib/actions/connections/disable-connection";
import { enableConnectionAction } from "@/lib/actions/connections/enable-connection";
import type { ActionResult } from "@/lib/errors/action-result";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { dangerButton, secondaryButton } from "@/components/ui/button-classes";

type Action<T extends object> = (previous: unknown, data: FormData) => Promise<ActionResult<T>>;

/** The buttons on a connection's page. Only rendered for managers and owners; delete for owners. */
export function ConnectionActions({
  organizationId,
  connectionId,
  name,
  active,
  canDelete,
}: {
  organizationId: string;
  connectionId: string;
  name: string;
  active: boolean;
  canDelete: boolean;
}) {
  const t = useTranslations("connections.actions");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [checkResult, setCheckResult] = useState<{ passed: boolean; message: string } | null>(null);
  const [confirm, setConfirm] = useState<"disable" | "delete" | null>(null);

  const run = <T extends object>(action: Action<T>, onSuccess: (result: Extract<ActionResult<T>, { ok: true }>) => void) =>
    startTransition(async () => {
      const data = new FormData();
      data.set("organizationId", organizationId);
      data.set("connectionId", connectionId);
      const result = await action(null, data);
      if (result.ok) onSuccess(result as Extract<ActionResult<T>, { ok: true }>);
      else toast.error(result.formError ?? t("failed"));
      setConfirm(null);
    });

  const check = () =>
    run(checkConnectionAction, (result) => {
      setCheckResult({ passed: result.passed, message: result.message });
      (result.passed ? toast.success : toast.error)(result.message);
      router.refresh();
    });

  const enable = () =>
    run(enableConnectionAction, (result) => {
      toast.success(t("enabled"));
      if (result.message) setCheckResult({ passed: result.passed, message: result.message });
      router.refresh();
    });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <ActionButton icon={ShieldCheck} disabled={pending} onClick={check}>
          {pending ? t("checking") : t("check")}
        </ActionButton>
        <Link href={`/connections/${connectionId}/edit`} className={secondaryButton}>
          <Pencil aria-hidden className="size-4" />
          {t("edit")}
        </Link>
        {active ? (
          <ActionButton icon={PowerOff} disabled={pending} onClick={() => setConfirm("disable")}>
            {t("disable")}
          </ActionButton>
        ) : (
          <ActionButton icon={Power} disabled={pending} onClick={enable}>
            {t("enable")}
          </ActionButton>
        )}
        {canDelete ? (
          <ActionButton icon={Trash2} className={dangerButton} disabled={pending} onClick={() => setConfirm("delete")}>
            {t("delete")}
          </ActionButton>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {checkResult ? (
          <p
            data-testid="check-result"
            className={`rounded-md border px-3 py-2 text-sm ${checkResult.passed ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-red-200 bg-red-50 text-red-800"}`}
          >
            {checkResult.message}
          </p>
        ) : null}
      </div>

      <ConfirmDialog
        open={confirm === "disable"}
        title={t("disableTitle", { name })}
        description={t("disableText")}
        confirmLabel={t("disable")}
        cancelLabel={t("cancel")}
        pending={pending}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          run(disableConnectionAction, () => {
            toast.success(t("disabled"));
            router.refresh();
          })
        }
      />
      <ConfirmDialog
        open={confirm === "delete"}
        title={t("deleteTitle", { name })}
        description={t("deleteText")}
        confirmLabel={t("deleteConfirm")}
        cancelLabel={t("cancel")}
        pending={pending}
        destructive
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          run(deleteConnectionAction, () => {
            toast.success(t("deleted", { name }));
            // Only a push: a refresh() would re-render the deleted connection's page and race it.
            router.push("/connections");
          })
        }
      />
    </div>
  );
}

type ActionButtonProps = { icon: LucideIcon; className?: string; disabled: boolean; onClick: () => void; children: React.ReactNode };

/** A button of the row: its icon (decorative, the text names the action) and its words. */
function ActionButton({ icon: Icon, className = secondaryButton, disabled, onClick, children }: ActionButtonProps) {
  return (
    <button type="button" className={className} disabled={disabled} onClick={onClick}>
      <Icon aria-hidden className="size-4" />
      {children}
    </button>
  );
}
