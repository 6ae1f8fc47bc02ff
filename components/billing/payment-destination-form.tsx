"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { choosePaymentDestinationAction } from "@/lib/actions/payments/choose-payment-destination";
import { useStepUp } from "@/components/security/step-up-provider";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { Select, type SelectOption } from "@/components/ui/select";
import { secondaryButton } from "@/components/ui/button-classes";

/**
 * Owner only: which of the organisation's active YooKassa shops receives payments. Choosing
 * asks for a fresh SMS code when the session's last one is old (step-up), like other money moves.
 */
export function PaymentDestinationForm({
  organizationId,
  currentId,
  shops,
}: {
  organizationId: string;
  currentId: string | null;
  shops: ReadonlyArray<{ connectionId: string; name: string; shopId: string }>;
}) {
  const t = useTranslations("billing");
  const router = useRouter();
  const withStepUp = useStepUp();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<{ field?: string[]; form?: string }>({});
  const [selected, setSelected] = useState(currentId && shops.some((s) => s.connectionId === currentId) ? currentId : "");
  const options: SelectOption[] = [
    ...(selected ? [] : [{ value: "", label: "—" }]),
    ...shops.map((s) => ({ value: s.connectionId, label: t("destinationOption", { name: s.name, shopId: s.shopId }) })),
  ];

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      setErrors({});
      const result = await withStepUp(() => choosePaymentDestinationAction(null, data));
      if (!result.ok) return setErrors({ field: result.fieldErrors.connectionId, form: result.formError });
      toast.success(t("destinationSaved"));
      router.refresh();
    });
  };

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="organizationId" value={organizationId} />
      <Field label={t("destinationChoose")} errors={errors.field}>
        {(field) => (
          <Select
            {...field}
            name="connectionId"
            options={options}
            value={selected}
            onChange={(e) => setSelected(e.target.value)}
            className={inputClass}
          />
        )}
      </Field>
      <button type="submit" className={secondaryButton} disabled={pending || !selected || selected === currentId}>
        {t("destinationSave")}
      </button>
      <div className="w-full">
        <FormError message={errors.form} />
      </div>
    </form>
  );
}
