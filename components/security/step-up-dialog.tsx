"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { reauthenticateAction } from "@/lib/actions/auth/reauthenticate";
import { requestReauthCodeAction } from "@/lib/actions/auth/request-reauth-code";
import type { FieldErrors } from "@/lib/errors/action-result";
import { TextField } from "@/components/ui/field";

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

  const confirm = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await reauthenticateAction(null, data);
      if (result.ok) onVerified();
      else setErrors({ ...result.fieldErrors, _form: result.formError ? [result.formError] : undefined });
    });
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby="step-up-title"
      aria-describedby="step-up-text"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      <form onSubmit={confirm} className="space-y-3 p-5" noValidate aria-busy={pending || undefined}>
        <h2 id="step-up-title" className="text-base font-semibold">
          {t("title")}
        </h2>
        <p id="step-up-text" className="text-sm text-slate-600">
          {t("text")}
        </p>
        {sent ? (
          <>
            <TextField
              label={t("codeLabel")}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              autoFocus
              hint={sent.sandbox ? t("sandboxHint") : t("codeSent")}
              errors={errors.code}
            />
          </>
        ) : null}
        {errors._form?.length ? (
          <p className="text-sm text-red-700" role="alert">
            {errors._form.join(" ")}
          </p>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2 pt-2">
          <button
            type="button"
            disabled={pending}
            onClick={onCancel}
            className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50"
          >
            {t("cancel")}
          </button>
          {sent ? (
            <button
              type="submit"
              disabled={pending}
              className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
            >
              {t("confirm")}
            </button>
          ) : (
            <button
              type="button"
              disabled={pending}
              onClick={sendCode}
              className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
            >
              {t("sendCode")}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
