import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/components/ui/page-metadata";
import { ReadOnlyNote, Section, SectionPage } from "@/components/ui/section";
import { InvitationList } from "@/components/organizations/invitation-list";
import { InviteMemberForm } from "@/components/organizations/invite-member-form";
import { TeamMembers } from "@/components/organizations/team-members";
import { requirePageMembership } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listTeam } from "@/lib/data/organizations/list-team";
import { teamView } from "@/lib/organizations/team-view";

export const generateMetadata = titleMetadata("team");

export default async function TeamSettingsPage() {
  // Every member may see the team; only owners get the controls (the actions check again).
  const { organizationId, user, role, allowed: isOwner } = await requirePageMembership({ minRole: "owner" });
  const t = await getTranslations("team");
  // Rows carry phones as shown: masked for viewers, so the full numbers never reach their browser.
  const { members, invitations } = teamView({ team: await listTeam({ db, organizationId }), viewerRole: role });

  return (
    <SectionPage title={t("title")} description={t("description")}>
      {!isOwner ? <ReadOnlyNote>{t("readOnly")}</ReadOnlyNote> : null}
      <TeamMembers organizationId={organizationId} currentUserId={user.id} canManage={isOwner} members={members} />
      {isOwner ? (
        <Section id="invite-title" title={t("inviteTitle")} className="space-y-3">
          <InviteMemberForm organizationId={organizationId} />
        </Section>
      ) : null}
      <Section id="pending-title" title={t("pending")} className="space-y-3">
        <InvitationList organizationId={organizationId} canManage={isOwner} invitations={invitations} />
      </Section>
    </SectionPage>
  );
}
