"use client";

import { useActionState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { acceptInvitationAction } from "@/lib/actions/organizations/accept-invitation";
import type { ActionResult } from "@/lib/errors/action-result";
import type { Role } from "@/lib/auth/roles";
import { FormError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionFeedback } from "@/components/ui/use-action-feedback";

interface PendingInvitation {
  id: string;
  organizationName: string;
  role: Role;
  highlighted: boolean;
}

export function PendingInvitations({ invitations }: { invitations: PendingInvitation[] }) {
  const t = useTranslations("onboarding");
  return (
    <section aria-labelledby="invitations-title" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="invitations-title" className="mb-3 text-base font-semibold text-slate-900">
        {t("invitationsTitle")}
      </h2>
      <ul className="divide-y divide-slate-100">
        {invitations.map((invitation) => (
          <InvitationRow key={invitation.id} invitation={invitation} />
        ))}
      </ul>
    </section>
  );
}

function InvitationRow({ invitation }: { invitation: PendingInvitation }) {
  const t = useTranslations("onboarding");
  const tRoles = useTranslations("org.roles");
  const router = useRouter();
  const [state, formAction] = useActionState<ActionResult<{ organizationId: string }> | null, FormData>(acceptInvitationAction, null);
  useActionFeedback(state, {
    success: t("accepted"),
    onSuccess: () => {
      router.replace("/overview");
      router.refresh();
    },
  });
  return (
    <li className={`flex flex-wrap items-center justify-between gap-3 py-3 ${invitation.highlighted ? "rounded-md bg-brand-50 px-2" : ""}`}>
      <div>
        <p className="font-medium text-slate-900">{invitation.organizationName}</p>
        <p className="text-sm text-slate-600">
          {t("invitationRole", { role: tRoles(invitation.role) })}
          {invitation.highlighted ? ` · ${t("highlighted")}` : ""}
        </p>
      </div>
      <form action={formAction} className="space-y-2">
        <input type="hidden" name="invitationId" value={invitation.id} />
        <SubmitButton pendingLabel={t("accepting")}>{t("accept")}</SubmitButton>
        <FormError message={state && !state.ok ? state.formError : undefined} />
      </form>
    </li>
  );
}
