import { hasRole, type Role } from "@/lib/auth/roles";
import type { Team } from "@/lib/data/organizations/list-team";
import { maskPhone } from "@/lib/format/masked-phone";
import { formatPhone } from "@/lib/validations/auth";

/**
 * The team page's rows as they go to the browser. Members' phones are personal data: owners
 * and managers, who run the team and the shops, see them whole; a viewer sees them masked, and
 * the mask is applied here, on the server, so the full number never reaches a viewer's page.
 */
export interface TeamMemberRow {
  membershipId: string;
  userId: string;
  /** As shown: formatted, or masked for viewers. */
  phone: string;
  name: string | null;
  role: Role;
  since: string;
}

export interface InvitationRow {
  id: string;
  /** As shown: formatted, or masked for viewers. */
  phone: string;
  role: Role;
  expiresAt: string;
}

export const canSeeMemberPhones = (role: Role) => hasRole(role, "manager");

export function teamView({ team, viewerRole }: { team: Team; viewerRole: Role }) {
  const shown = canSeeMemberPhones(viewerRole) ? formatPhone : maskPhone;
  return {
    members: team.members.map((m): TeamMemberRow => ({
      membershipId: m.id,
      userId: m.user.id,
      phone: shown(m.user.phone),
      name: m.user.name,
      role: m.role,
      since: m.createdAt.toISOString(),
    })),
    invitations: team.invitations.map((i): InvitationRow => ({
      id: i.id,
      phone: shown(i.phone),
      role: i.role,
      expiresAt: i.expiresAt.toISOString(),
    })),
  };
}
