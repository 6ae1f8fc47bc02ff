"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestLoginCodeAction, type RequestLoginCodeResult } from "@/lib/actions/auth/request-login-code";
import { FormError, FormField, inputClass, SubmitButton } from "@/components/auth/form-controls";
import { useActionFeedback } from "@/components/auth/use-action-feedback";

export function PhoneStep({ onSent }: { onSent: (phone: string, resendAfterSeconds: number, sandbox: boolean) => void }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState<RequestLoginCodeResult | null, FormData>(requestLoginCodeAction, null);
  useActionFeedback(state, { success: t("codeSent"), onSuccess: (s) => onSent(s.phone, s.resendAfterSeconds, s.sandbox) });
  const failure = state && !state.ok ? state : undefined;

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormField label={t("phoneLabel")} hint={t("phoneHint")} errors={failure?.fieldErrors.phone}>
        {(field) => (
          <input
            {...field}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            placeholder={t("phonePlaceholder")}
            required
            autoFocus
            className={inputClass}
          />
        )}
      </FormField>
      <FormError message={failure?.formError} />
      <SubmitButton pendingLabel={t("sendingCode")} className="w-full">
        {t("getCode")}
      </SubmitButton>
    </form>
  );
}
