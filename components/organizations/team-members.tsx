"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { changeMemberRoleAction } from "@/lib/actions/organizations/change-member-role";
import { removeMemberAction } from "@/lib/actions/organizations/remove-member";
import type { ActionResult } from "@/lib/errors/action-result";
import type { Role } from "@/lib/auth/roles";
import { ROLES } from "@/lib/validations/organization";
import { formatPhone } from "@/lib/validations/auth";

export interface TeamMemberRow {
  membershipId: string;
  userId: string;
  phone: string;
  name: string | null;
  role: Role;
  since: string;
}

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
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const run = (action: (prev: unknown, data: FormData) => Promise<ActionResult>, fields: Record<string, string>, success: string) =>
    startTransition(async () => {
      const data = new FormData();
      data.set("organizationId", organizationId);
      for (const [k, v] of Object.entries(fields)) data.set(k, v);
      const result = await action(null, data);
      if (result.ok) {
        toast.success(success);
        router.refresh();
      } else {
        toast.error(result.formError ?? Object.values(result.fieldErrors).flat().join(" "));
      }
    });

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("members")}</caption>
        <thead className="bg-slate-50 text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">
              {t("phone")}
            </th>
            <th scope="col" className="px-4 py-2">
              {t("role")}
            </th>
            <th scope="col" className="px-4 py-2">
              {t("since")}
            </th>
            {canManage ? (
              <th scope="col" className="px-4 py-2">
                <span className="sr-only">{t("actions")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((m) => (
            <tr key={m.membershipId}>
              <td className="px-4 py-2">
                <span className="font-medium text-slate-900">{m.name ?? formatPhone(m.phone)}</span>
                {m.name ? <span className="block text-xs text-slate-500">{formatPhone(m.phone)}</span> : null}
                {m.userId === currentUserId ? <span className="ml-1 text-xs text-slate-500">({t("you")})</span> : null}
              </td>
              <td className="px-4 py-2">
                {canManage ? (
                  <select
                    aria-label={`${t("role")}: ${formatPhone(m.phone)}`}
                    className="rounded-md border border-slate-300 bg-white px-2 py-1"
                    value={m.role}
                    disabled={pending}
                    onChange={(e) => run(changeMemberRoleAction, { membershipId: m.membershipId, role: e.target.value }, t("roleChanged"))}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {tRoles(r)}
                      </option>
                    ))}
                  </select>
                ) : (
                  tRoles(m.role)
                )}
              </td>
              <td className="px-4 py-2 text-slate-600">{format.dateTime(new Date(m.since), { dateStyle: "medium" })}</td>
              {canManage ? (
                <td className="px-4 py-2 text-right">
                  <button
                    type="button"
                    disabled={pending}
                    className="rounded-md px-2 py-1 text-sm text-red-700 hover:bg-red-50 disabled:opacity-60"
                    onClick={() => {
                      if (window.confirm(t("removeConfirm", { phone: formatPhone(m.phone) })))
                        run(removeMemberAction, { membershipId: m.membershipId }, t("removed"));
                    }}
                  >
                    {t("remove")}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
