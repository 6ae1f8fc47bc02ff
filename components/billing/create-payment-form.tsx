"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { createPaymentAction } from "@/lib/actions/payments/create-payment";
import type { ActionResult } from "@/lib/errors/action-result";
import { FormError, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionFeedback } from "@/components/ui/use-action-feedback";

/**
 * Owner only. The requestId is fixed for this form until a payment is created, so a
 * resubmission after a network error is the same payment (the same Idempotence-Key).
 */
export function CreatePaymentForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("billing");
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const [state, formAction] = useActionState<ActionResult<{ confirmationUrl: string | null }> | null, FormData>(createPaymentAction, null);
  useActionFeedback(state, { success: t("created"), onSuccess: () => setRequestId(crypto.randomUUID()) });
  const errors = state && !state.ok ? state.fieldErrors : {};

  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-start" noValidate>
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextField label={t("amount")} errors={errors.amount} name="amount" inputMode="decimal" placeholder="1500,00" required />
      <TextField label={t("purpose")} errors={errors.description} name="description" maxLength={128} required />
      <SubmitButton pendingLabel={t("creating")} className="sm:mt-6">
        {t("create")}
      </SubmitButton>
      <div className="sm:col-span-3">
        <FormError message={state && !state.ok ? state.formError : undefined} />
        {state?.ok && state.confirmationUrl ? (
          <a href={state.confirmationUrl} className="text-sm font-medium text-brand-700 underline">
            {t("payNow")}
          </a>
        ) : null}
      </div>
    </form>
  );
}
