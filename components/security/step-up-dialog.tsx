"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { reauthenticateAction } from "@/lib/actions/auth/reauthenticate";
import { requestReauthCodeAction } from "@/lib/actions/auth/request-reauth-code";
import type { FieldErrors } from "@/lib/errors/action-result";
import { SmsCodeField } from "@/components/auth/sms-code-field";
import { DialogHeading, dialogCancelClass, modalDialogClass } from "@/components/ui/confirm-dialog";

/**
 * Asks the signed-in user for a fresh SMS code (the login-code flow, to their own phone) before a
 * sensitive action is retried. A native modal <dialog>: Escape or Cancel gives up.
 */
export function StepUpDialog({ onVerified, onCancel }: { onVerified: () => void; onCancel: () => void }) {
  const t = useTranslations("stepUp");
  const ref = useRef<HTMLDialogElement>(null);
  const [sent, setSent] = useState<{ sandbox: boolean } | null>(null);
  const [errors, setErrors] = useState<FieldErrors & { _form?: string[] }>({});
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    const cancel = () => onCancel();
    dialog?.addEventListener("cancel", cancel);
    return () => dialog?.removeEventListener("cancel", cancel);
  }, [onCancel]);

  const sendCode = () =>
    startTransition(async () => {
      const result = await requestReauthCodeAction(null, new FormData());
      if (result.ok) {
        setSent({ sandbox: result.sandbox });
        setErrors({});
      } else setErrors({ _form: [result.formError ?? Object.values(result.fieldErrors).flat().join(" ")] });
    });

  const confirm = (data: FormData) =>
    startTransition(async () => {
      const result = await reauthenticateAction(null, data);
      if (result.ok) onVerified();
      else setErrors({ ...result.fieldErrors, _form: result.formError ? [result.formError] : undefined });
    });

  // Two steps, one primary button: it sends the code, then (the field shown) confirms it.
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sent) confirm(new FormData(event.currentTarget));
    else sendCode();
  };

  return (
    <dialog ref={ref} aria-labelledby="step-up-title" aria-describedby="step-up-text" className={modalDialogClass}>
      <form onSubmit={submit} className="space-y-3 p-5" noValidate aria-busy={pending || undefined}>
        <DialogHeading titleId="step-up-title" descriptionId="step-up-text" title={t("title")} description={t("text")} />
        {sent ? <SmsCodeField label={t("codeLabel")} hint={sent.sandbox ? t("sandboxHint") : t("codeSent")} errors={errors.code} /> : null}
        {errors._form?.length ? (
          <p className="text-sm text-red-700" role="alert">
            {errors._form.join(" ")}
          </p>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2 pt-2">
          <button type="button" disabled={pending} onClick={onCancel} className={dialogCancelClass}>
            {t("cancel")}
          </button>
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
          >
            {sent ? t("confirm") : t("sendCode")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
