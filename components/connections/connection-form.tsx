"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { createConnectionAction } from "@/lib/actions/connections/create-connection";
import { updateConnectionCredentialsAction } from "@/lib/actions/connections/update-connection-credentials";
import type { ActionResult } from "@/lib/errors/action-result";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { CredentialFieldMeta } from "@/components/connections/credential-field-meta";
import { useStepUp } from "@/components/security/step-up-provider";

/**
 * The registry-driven credentials form, for connecting and for replacing credentials. Each
 * field's error (the provider's zod message, or the live check's verdict) sits beside it. The
 * submit is handled here rather than by a form action, so a failed attempt keeps what was typed.
 */
export function ConnectionForm({
  organizationId,
  provider,
  fields,
  mode,
  connectionId,
  defaultName,
}: {
  organizationId: string;
  provider: string;
  fields: CredentialFieldMeta[];
  mode: "create" | "edit";
  connectionId?: string;
  defaultName?: string;
}) {
  const t = useTranslations("connections.form");
  const router = useRouter();
  const [state, setState] = useState<ActionResult<{ connectionId: string }> | null>(null);
  const [pending, startTransition] = useTransition();
  const withStepUp = useStepUp();
  const errors = state && !state.ok ? state.fieldErrors : {};

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      // New credentials for an existing shop are sensitive: the action may first ask for a fresh SMS code.
      const result =
        mode === "create"
          ? await createConnectionAction(null, data)
          : await withStepUp(() => updateConnectionCredentialsAction(null, data));
      setState(result);
      if (result.ok) {
        toast.success(mode === "create" ? t("created") : t("updated"));
        // Only a push: a refresh() right after it re-renders the current (edit) route and can win
        // the race, leaving the address bar on /edit. Dynamic pages are fetched fresh on push anyway.
        router.push(`/connections/${result.connectionId}`);
      } else if (result.formError) {
        toast.error(result.formError);
      }
    });
  };

  return (
    <form
      onSubmit={submit}
      className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      noValidate
      aria-busy={pending || undefined}
    >
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="provider" value={provider} />
      {connectionId ? <input type="hidden" name="connectionId" value={connectionId} /> : null}
      {mode === "create" ? (
        <Field label={t("name")} hint={t("nameHint")} errors={errors.name} optionalLabel={t("optional")}>
          {(field) => <input {...field} name="name" defaultValue={defaultName} maxLength={80} autoComplete="off" className={inputClass} />}
        </Field>
      ) : null}
      {fields.map((meta) => (
        <Field
          key={meta.key}
          label={meta.label}
          hint={meta.secret ? [meta.help, t("secretHint")].filter(Boolean).join(" ") : meta.help}
          errors={errors[meta.key]}
        >
          {(field) => <CredentialInput meta={meta} field={field} />}
        </Field>
      ))}
      <FormError message={state && !state.ok ? state.formError : undefined} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} pendingLabel={t("checking")}>
          {mode === "create" ? t("connect") : t("save")}
        </SubmitButton>
        <p className="text-xs text-slate-500">{t("checkNote")}</p>
      </div>
    </form>
  );
}

function CredentialInput({
  meta,
  field,
}: {
  meta: CredentialFieldMeta;
  field: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean };
}) {
  const name = `credentials.${meta.key}`;
  const common = {
    ...field,
    name,
    required: true,
    autoComplete: "off",
    spellCheck: false,
    placeholder: meta.placeholder,
    className: `${inputClass} font-mono`,
  };
  if (meta.kind === "select" && meta.options) {
    return (
      <select {...field} name={name} defaultValue={meta.defaultValue ?? meta.options[0]?.value} className={inputClass}>
        {meta.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  if (meta.kind === "textarea")
    return <textarea {...common} rows={4} defaultValue={meta.defaultValue} className={`${common.className} break-all text-xs`} />;
  return <input {...common} type={meta.secret ? "password" : "text"} defaultValue={meta.defaultValue} />;
}
