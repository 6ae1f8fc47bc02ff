"use client";

import { useActionState, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Search } from "lucide-react";
import { createOrganizationAction } from "@/lib/actions/organizations/create-organization";
import { lookupOrganizationByInnAction } from "@/lib/actions/organizations/lookup-organization-by-inn";
import type { ActionResult } from "@/lib/errors/action-result";
import { Field, FormError, inputClass, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionFeedback } from "@/components/ui/use-action-feedback";

type Fields = { name: string; inn: string; legalName: string; kpp: string; ogrn: string; address: string };
const EMPTY: Fields = { name: "", inn: "", legalName: "", kpp: "", ogrn: "", address: "" };

/**
 * Name + INN, with the registry details filled in from DaData on request. When DaData is
 * unavailable or does not know the INN, every detail stays editable by hand.
 */
export function CreateOrganizationForm() {
  const t = useTranslations("org");
  const tOnboarding = useTranslations("onboarding");
  const router = useRouter();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [notice, setNotice] = useState<string | null>(null);
  const [innErrors, setInnErrors] = useState<string[] | undefined>();
  const [lookingUp, startLookup] = useTransition();
  const [state, formAction] = useActionState<ActionResult<{ organizationId: string }> | null, FormData>(createOrganizationAction, null);
  useActionFeedback(state, {
    success: tOnboarding("created"),
    onSuccess: () => {
      router.replace("/overview");
      router.refresh();
    },
  });
  const errors = state && !state.ok ? state.fieldErrors : {};
  const set = (key: keyof Fields) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));
  // A controlled input's name, value and change handler: every input here is named after its key.
  const bind = (key: keyof Fields) => ({ name: key, value: fields[key], onChange: set(key) });

  const lookup = () =>
    startLookup(async () => {
      setNotice(null);
      setInnErrors(undefined);
      const result = await lookupOrganizationByInnAction(fields.inn);
      if (!result.ok) {
        setInnErrors(result.fieldErrors.inn ?? (result.formError ? [result.formError] : undefined));
        return;
      }
      if (result.unavailable) return setNotice(t("lookupUnavailable"));
      const details = result.details;
      if (!details) return setNotice(t("notFoundByInn"));
      setFields((f) => ({
        ...f,
        name: f.name || details.name,
        legalName: details.legalName,
        kpp: details.kpp ?? "",
        ogrn: details.ogrn ?? "",
        address: details.address ?? "",
      }));
      if (details.status !== "ACTIVE") setNotice(t("inactive", { status: details.status }));
      toast.success(t("filled"));
    });

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <div className="flex-1">
          <TextField
            label={t("inn")}
            hint={t("innHint")}
            errors={innErrors ?? errors.inn}

            inputMode="numeric"
            autoComplete="off"
            {...bind("inn")}
            required
          />
        </div>
        <button
          type="button"
          onClick={lookup}
          disabled={lookingUp || !fields.inn.trim()}
          aria-busy={lookingUp || undefined}
          className="inline-flex items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60 sm:mt-6"
        >
          <Search aria-hidden className="size-4" />
          {lookingUp ? t("lookingUp") : t("fillByInn")}
        </button>
      </div>
      {notice ? (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {notice}
        </p>
      ) : null}
      <TextField label={t("name")} errors={errors.name} autoComplete="organization" {...bind("name")} required />
      <TextField label={t("legalName")} optionalLabel={t("optional")} errors={errors.legalName} {...bind("legalName")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("kpp")} optionalLabel={t("optional")} errors={errors.kpp} inputMode="numeric" {...bind("kpp")} />
        <TextField label={t("ogrn")} optionalLabel={t("optional")} errors={errors.ogrn} inputMode="numeric" {...bind("ogrn")} />
      </div>
      <Field label={t("address")} optionalLabel={t("optional")} errors={errors.address}>
        {(field) => <textarea {...field} rows={2} {...bind("address")} className={inputClass} />}
      </Field>
      <FormError message={state && !state.ok ? state.formError : undefined} />
      <SubmitButton pendingLabel={tOnboarding("creating")}>{tOnboarding("create")}</SubmitButton>
    </form>
  );
}
