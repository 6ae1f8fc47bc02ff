"use client";

import { useFormatter, useTranslations } from "next-intl";
import { changeMemberRoleAction } from "@/lib/actions/organizations/change-member-role";
import { removeMemberAction } from "@/lib/actions/organizations/remove-member";
import type { TeamMemberRow } from "@/lib/organizations/team-view";
import { ROLES } from "@/lib/validations/organization";
import { DataTable, type Column } from "@/components/tables/data-table";
import { Select } from "@/components/ui/select";
import { useOrganizationAction } from "@/components/organizations/use-organization-action";

/** Members of the organisation; owners get role selects and remove buttons, others a read-only list. */
export function TeamMembers({
  organizationId,
  members,
  currentUserId,
  canManage,
}: {
  organizationId: string;
  members: TeamMemberRow[];
  currentUserId: string;
  canManage: boolean;
}) {
  const t = useTranslations("team");
  const tRoles = useTranslations("org.roles");
  const format = useFormatter();
  const { pending, run } = useOrganizationAction(organizationId);

  const roleOptions = ROLES.map((r) => ({ value: r, label: tRoles(r) }));
  const columns: Column<TeamMemberRow>[] = [
    {
      key: "phone",
      header: t("phone"),
      cell: (m) => (
        <>
          <span className="font-medium text-slate-900">{m.name ?? m.phone}</span>
          {m.name ? <small>{m.phone}</small> : null}
          {m.userId === currentUserId ? <span className="ml-1 text-xs text-slate-500">({t("you")})</span> : null}
        </>
      ),
    },
    {
      key: "role",
      header: t("role"),
      cell: (m) =>
        canManage ? (
          <Select
            options={roleOptions}
            aria-label={`${t("role")}: ${m.phone}`}
            className="rounded-md border border-slate-300 bg-white px-2 py-1"
            value={m.role}
            disabled={pending}
            onChange={(e) => run(changeMemberRoleAction, { membershipId: m.membershipId, role: e.target.value }, t("roleChanged"))}
          />
        ) : (
          tRoles(m.role)
        ),
    },
    { key: "since", header: t("since"), cell: (m) => <time>{format.dateTime(new Date(m.since), { dateStyle: "medium" })}</time> },
  ];
  if (canManage) {
    columns.push({
      key: "actions",
      header: t("actions"),
      hideHeader: true,
      align: "right",
      cell: (m) => (
        <button
          type="button"
          disabled={pending}
          className="rounded-md px-2 py-1 text-sm text-red-700 hover:bg-red-50 disabled:opacity-60"
          onClick={() => {
            if (window.confirm(t("removeConfirm", { phone: m.phone })))
              run(removeMemberAction, { membershipId: m.membershipId }, t("removed"));
          }}
        >
          {t("remove")}
        </button>
      ),
    });
  }
  return <DataTable caption={t("members")} columns={columns} rows={members} rowKey={(m) => m.membershipId} />;
}
