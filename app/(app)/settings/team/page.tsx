import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/components/ui/page-metadata";
import { ReadOnlyNote, Section, SectionPage } from "@/components/ui/section";
import { InvitationList } from "@/components/organizations/invitation-list";
import { InviteMemberForm } from "@/components/organizations/invite-member-form";
import { TeamMembers } from "@/components/organizations/team-members";
import { requirePageMembership } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listTeam } from "@/lib/data/organizations/list-team";

export const generateMetadata = titleMetadata("team");

export default async function TeamSettingsPage() {
  // Every member may see the team; only owners get the controls (the actions check again).
  const { organizationId, user, allowed: isOwner } = await requirePageMembership({ minRole: "owner" });
  const t = await getTranslations("team");
  const { members, invitations } = await listTeam({ db, organizationId });

  return (
    <SectionPage title={t("title")} description={t("description")}>
      {!isOwner ? <ReadOnlyNote>{t("readOnly")}</ReadOnlyNote> : null}
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
        <Section id="invite-title" title={t("inviteTitle")} className="space-y-3">
          <InviteMemberForm organizationId={organizationId} />
        </Section>
      ) : null}
      <Section id="pending-title" title={t("pending")} className="space-y-3">
        <InvitationList
          organizationId={organizationId}
          canManage={isOwner}
          invitations={invitations.map((i) => ({ id: i.id, phone: i.phone, role: i.role, expiresAt: i.expiresAt.toISOString() }))}
        />
      </Section>
    </SectionPage>
  );
}
