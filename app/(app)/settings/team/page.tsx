import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { InvitationList } from "@/components/organizations/invitation-list";
import { InviteMemberForm } from "@/components/organizations/invite-member-form";
import { TeamMembers } from "@/components/organizations/team-members";
import { requirePageMembership } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listTeam } from "@/lib/data/organizations/list-team";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("team");
  return { title: t("title") };
}

export default async function TeamSettingsPage() {
  // Every member may see the team; only owners get the controls (the actions check again).
  const { organizationId, user, allowed: isOwner } = await requirePageMembership({ minRole: "owner" });
  const t = await getTranslations("team");
  const { members, invitations } = await listTeam({ db, organizationId });

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {!isOwner ? <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("readOnly")}</p> : null}
      <TeamMembers
        organizationId={organizationId}
        currentUserId={user.id}
        canManage={isOwner}
        members={members.map((m) => ({
          membershipId: m.id,
          userId: m.user.id,
          phone: m.user.phone,
          name: m.user.name,
          role: m.role,
          since: m.createdAt.toISOString(),
        }))}
      />
      {isOwner ? (
        <section aria-labelledby="invite-title" className="space-y-3">
          <h2 id="invite-title" className="text-base font-semibold text-slate-900">
            {t("inviteTitle")}
          </h2>
          <InviteMemberForm organizationId={organizationId} />
        </section>
      ) : null}
      <section aria-labelledby="pending-title" className="space-y-3">
        <h2 id="pending-title" className="text-base font-semibold text-slate-900">
          {t("pending")}
        </h2>
        <InvitationList
          organizationId={organizationId}
          canManage={isOwner}
          invitations={invitations.map((i) => ({ id: i.id, phone: i.phone, role: i.role, expiresAt: i.expiresAt.toISOString() }))}
        />
      </section>
    </div>
  );
}
