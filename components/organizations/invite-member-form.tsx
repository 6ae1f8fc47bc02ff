"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { inviteMemberAction } from "@/lib/actions/organizations/invite-member";
import type { ActionResult } from "@/lib/errors/action-result";
import { ROLES } from "@/lib/validations/organization";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { PhoneField } from "@/components/auth/phone-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionFeedback } from "@/components/ui/use-action-feedback";

/** Owner only: invite a phone with a role; the link is shown once, right here. */
export function InviteMemberForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("team");
  const tRoles = useTranslations("org.roles");
  const [inviteUrl, setInviteUrl] = useState<string | null>(null);
  const [state, formAction] = useActionState<ActionResult<{ inviteUrl: string }> | null, FormData>(inviteMemberAction, null);
  useActionFeedback(state, { success: t("invited"), onSuccess: (s) => setInviteUrl(s.inviteUrl) });
  const errors = state && !state.ok ? state.fieldErrors : {};

  return (
    <div className="space-y-3">
      <form action={formAction} className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-start" noValidate>
        <input type="hidden" name="organizationId" value={organizationId} />
        <PhoneField errors={errors.phone} />
        <Field label={t("role")} errors={errors.role}>
          {(field) => (
            <Select
              {...field}
              name="role"
              defaultValue="viewer"
              className={inputClass}
              options={ROLES.map((r) => ({ value: r, label: tRoles(r) }))}
            />
          )}
        </Field>
        <SubmitButton pendingLabel={t("inviting")} className="sm:mt-6">
          {t("invite")}
        </SubmitButton>
      </form>
      <FormError message={state && !state.ok ? state.formError : undefined} />
      {inviteUrl ? (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
          <p className="mb-1 text-slate-700">{t("inviteLink")}</p>
          <div className="flex gap-2">
            <input
              readOnly
              value={inviteUrl}
              aria-label={t("inviteLink")}
              className={`${inputClass} font-mono text-xs`}
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              className="rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-100"
              onClick={() => navigator.clipboard?.writeText(inviteUrl).then(() => toast.success(t("copied")))}
            >
              {t("copy")}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
