"use client";

import { useFormatter, useTranslations } from "next-intl";
import { revokeInvitationAction } from "@/lib/actions/organizations/revoke-invitation";
import type { InvitationRow } from "@/lib/organizations/team-view";
import { useOrganizationAction } from "@/components/organizations/use-organization-action";

export function InvitationList({
  organizationId,
  invitations,
  canManage,
}: {
  organizationId: string;
  invitations: InvitationRow[];
  canManage: boolean;
}) {
  const t = useTranslations("team");
  const tRoles = useTranslations("org.roles");
  const format = useFormatter();
  const { pending, run } = useOrganizationAction(organizationId);
  if (invitations.length === 0) return <p className="text-sm text-slate-600">{t("noInvitations")}</p>;

  const revoke = (invitationId: string) => run(revokeInvitationAction, { invitationId }, t("revoked"));

  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {invitations.map((i) => (
        <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
          <span>
            <span className="font-medium text-slate-900">{i.phone}</span>
            <span className="ml-2 text-slate-600">{tRoles(i.role)}</span>
            <span className="ml-2 text-xs text-slate-500">
              {t("expires")} {format.dateTime(new Date(i.expiresAt), { dateStyle: "medium" })}
            </span>
          </span>
          {canManage ? (
            <button
              type="button"
              disabled={pending}
              onClick={() => revoke(i.id)}
              className="rounded-md px-2 py-1 text-red-700 hover:bg-red-50 disabled:opacity-60"
            >
              {t("revoke")}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
