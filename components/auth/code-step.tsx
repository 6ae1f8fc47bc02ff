"use client";

import { useActionState, useEffect, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { requestLoginCodeAction } from "@/lib/actions/auth/request-login-code";
import { verifyLoginCodeAction, type VerifyLoginCodeResult } from "@/lib/actions/auth/verify-login-code";
import { SmsCodeField } from "@/components/auth/sms-code-field";
import { FormError, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { formatPhone } from "@/lib/validations/auth";

interface CodeStepProps {
  phone: string;
  resendAt: number;
  sandbox: boolean;
  callbackUrl?: string;
  onResent: (resendAfterSeconds: number) => void;
  onChangePhone: () => void;
}

function useSecondsUntil(at: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return Math.max(0, Math.ceil((at - now) / 1000));
}

export function CodeStep({ phone, resendAt, sandbox, callbackUrl, onResent, onChangePhone }: CodeStepProps) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [state, formAction] = useActionState<VerifyLoginCodeResult | null, FormData>(verifyLoginCodeAction, null);
  const [resending, startResend] = useTransition();
  const secondsLeft = useSecondsUntil(resendAt);
  useActionFeedback(state, {
    success: t("signedIn"),
    onSuccess: (s) => {
      router.replace(s.redirectTo);
      router.refresh();
    },
  });
  const failure = state && !state.ok ? state : undefined;

  const resend = () =>
    startResend(async () => {
      const data = new FormData();
      data.set("phone", phone);
      const result = await requestLoginCodeAction(null, data);
      if (result.ok) {
        toast.success(t("codeSent"));
        onResent(result.resendAfterSeconds);
      } else {
        toast.error(result.formError ?? Object.values(result.fieldErrors).flat().join(" "));
      }
    });

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("codeSentTo", { phone: formatPhone(phone) })}
      </p>
      {sandbox ? <p className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900">{t("sandboxHint")}</p> : null}
      <form action={formAction} className="space-y-4" noValidate>
        <input type="hidden" name="phone" value={phone} />
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <SmsCodeField
          label={t("codeLabel")}
          errors={failure?.fieldErrors.code ?? failure?.fieldErrors.phone}
          required
          className={`${inputClass} font-mono text-lg tracking-[0.4em]`}
        />
        <FormError message={failure?.formError} />
        <SubmitButton pendingLabel={t("signingIn")} className="w-full">
          {t("signIn")}
        </SubmitButton>
      </form>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        {secondsLeft > 0 ? (
          <span className="text-slate-600" aria-live="off">
            {t("resendIn", { seconds: secondsLeft })}
          </span>
        ) : (
          <button
            type="button"
            onClick={resend}
            disabled={resending}
            className="font-medium text-brand-700 underline-offset-2 hover:underline disabled:opacity-60"
          >
            {t("resend")}
          </button>
        )}
        <button type="button" onClick={onChangePhone} className="text-slate-600 underline-offset-2 hover:underline">
          {t("changePhone")}
        </button>
      </div>
    </div>
  );
}
