"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestLoginCodeAction, type RequestLoginCodeResult } from "@/lib/actions/auth/request-login-code";
import { FormError } from "@/components/ui/field";
import { PhoneField } from "@/components/auth/phone-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionFeedback } from "@/components/ui/use-action-feedback";

export function PhoneStep({ onSent }: { onSent: (phone: string, resendAfterSeconds: number, sandbox: boolean) => void }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState<RequestLoginCodeResult | null, FormData>(requestLoginCodeAction, null);
  useActionFeedback(state, { success: t("codeSent"), onSuccess: (s) => onSent(s.phone, s.resendAfterSeconds, s.sandbox) });
  const failure = state && !state.ok ? state : undefined;

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <PhoneField hint={t("phoneHint")} errors={failure?.fieldErrors.phone} autoComplete="tel" autoFocus />
      <FormError message={failure?.formError} />
      <SubmitButton pendingLabel={t("sendingCode")} className="w-full">
        {t("getCode")}
      </SubmitButton>
    </form>
  );
}
