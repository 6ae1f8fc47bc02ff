import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkMembership } from "@/lib/auth/membership";
import type { Db } from "@/lib/db/client";
import { acceptInvitation, findInvitationIdByToken, listPendingInvitations } from "@/lib/data/organizations/accept-invitation";
import { changeMemberRole, removeMember } from "@/lib/data/organizations/change-member";
import { createOrganizationWithOwner } from "@/lib/data/organizations/create-organization";
import { inviteMember, revokeInvitation } from "@/lib/data/organizations/invite-member";
import { listTeam } from "@/lib/data/organizations/list-team";
import { upsertUserByPhone } from "@/lib/data/users/upsert-user-by-phone";
import type { Role } from "@/lib/generated/prisma/enums";
import { createOrganizationSchema } from "@/lib/validations/organization";
import { testDb, uniqueSuffix } from "../../support/database";
import { uniquePhone } from "./harness";
import { uniqueInn } from "../../support/inn";

let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(() => db?.$disconnect());

async function organizationWith(roles: Role[]) {
  const owner = await upsertUserByPhone({ db, phone: uniquePhone() });
  const org = await createOrganizationWithOwner({
    db,
    userId: owner.id,
    input: createOrganizationSchema.parse({ name: `Org ${uniqueSuffix()}`, inn: uniqueInn() }),
  });
  const members: Record<string, { userId: string; phone: string; membershipId: string }> = {};
  for (const role of roles) {
    const user = await upsertUserByPhone({ db, phone: uniquePhone() });
    const m = await db.membership.create({ data: { userId: user.id, organizationId: org.id, role } });
    members[role] = { userId: user.id, phone: user.phone, membershipId: m.id };
  }
  const ownerMembership = await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: owner.id } });
  return { org, owner: { userId: owner.id, phone: owner.phone, membershipId: ownerMembership.id }, members };
}

describe("requireMembership's rule (checkMembership)", () => {
  it("lets an owner through with their role and organisation", async () => {
    const { org, owner } = await organizationWith([]);
    await expect(checkMembership({ db, userId: owner.userId, organizationId: org.id, minRole: "owner" })).resolves.toMatchObject({
      role: "owner",
      organization: { id: org.id },
    });
  });

  it("answers not_found for another organisation's id and for one that does not exist", async () => {
    const a = await organizationWith([]);
    const b = await organizationWith([]);
    await expect(checkMembership({ db, userId: a.owner.userId, organizationId: b.org.id, minRole: "viewer" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      checkMembership({ db, userId: a.owner.userId, organizationId: "c-does-not-exist", minRole: "viewer" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("answers forbidden for a viewer doing anything and a manager managing the team", async () => {
    const { org, members } = await organizationWith(["viewer", "manager"]);
    await expect(checkMembership({ db, userId: members.viewer.userId, organizationId: org.id, minRole: "viewer" })).resolves.toMatchObject({
      role: "viewer",
    });
    await expect(checkMembership({ db, userId: members.viewer.userId, organizationId: org.id, minRole: "manager" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      checkMembership({ db, userId: members.manager.userId, organizationId: org.id, minRole: "manager" }),
    ).resolves.toMatchObject({ role: "manager" });
    await expect(checkMembership({ db, userId: members.manager.userId, organizationId: org.id, minRole: "owner" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("team changes are scoped to the organisation", () => {
  it("refuses to change or remove a member of another organisation, and writes nothing", async () => {
    const a = await organizationWith([]);
    const b = await organizationWith(["viewer"]);
    const target = b.members.viewer.membershipId;
    await expect(changeMemberRole({ db, organizationId: a.org.id, membershipId: target, role: "owner" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(removeMember({ db, organizationId: a.org.id, membershipId: target })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.membership.findUniqueOrThrow({ where: { id: target } })).toMatchObject({ role: "viewer", organizationId: b.org.id });
  });

  it("keeps at least one owner", async () => {
    const { org, owner } = await organizationWith(["manager"]);
    await expect(changeMemberRole({ db, organizationId: org.id, membershipId: owner.membershipId, role: "viewer" })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(removeMember({ db, organizationId: org.id, membershipId: owner.membershipId })).rejects.toMatchObject({
      code: "conflict",
    });
    expect((await db.membership.findUniqueOrThrow({ where: { id: owner.membershipId } })).role).toBe("owner");
  });

  it("changes roles and removes members inside the organisation", async () => {
    const { org, members } = await organizationWith(["manager", "viewer"]);
    await changeMemberRole({ db, organizationId: org.id, membershipId: members.viewer.membershipId, role: "manager" });
    await removeMember({ db, organizationId: org.id, membershipId: members.manager.membershipId });
    const team = await listTeam({ db, organizationId: org.id });
    expect(team.members.map((m) => m.role).sort()).toEqual(["manager", "owner"]);
  });
});

describe("invitations", () => {
  it("invites a phone, and only that phone can accept it, with the invited role", async () => {
    const { org, owner } = await organizationWith([]);
    const invitee = await upsertUserByPhone({ db, phone: uniquePhone() });
    const stranger = await upsertUserByPhone({ db, phone: uniquePhone() });
    const { invitation, token } = await inviteMember({
      db,
      organizationId: org.id,
      invitedById: owner.userId,
      phone: invitee.phone,
      role: "manager",
    });

    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).tokenHash).not.toContain(token);
    expect(await findInvitationIdByToken({ db, token })).toBe(invitation.id);
    expect((await listPendingInvitations({ db, phone: invitee.phone })).map((i) => i.id)).toEqual([invitation.id]);

    await expect(acceptInvitation({ db, userId: stranger.id, phone: stranger.phone, invitationId: invitation.id })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await db.membership.count({ where: { organizationId: org.id, userId: stranger.id } })).toBe(0);

    await expect(acceptInvitation({ db, userId: invitee.id, phone: invitee.phone, invitationId: invitation.id })).resolves.toMatchObject({
      organizationId: org.id,
      role: "manager",
    });
    await expect(acceptInvitation({ db, userId: invitee.id, phone: invitee.phone, invitationId: invitation.id })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await listPendingInvitations({ db, phone: invitee.phone })).toEqual([]);
  });

  it("refuses to invite a current member, replaces a repeated invite, and revokes only its own", async () => {
    const a = await organizationWith(["viewer"]);
    const b = await organizationWith([]);
    await expect(
      inviteMember({ db, organizationId: a.org.id, invitedById: a.owner.userId, phone: a.members.viewer.phone, role: "manager" }),
    ).rejects.toMatchObject({ code: "conflict", field: "phone" });

    const phone = uniquePhone();
    await inviteMember({ db, organizationId: a.org.id, invitedById: a.owner.userId, phone, role: "viewer" });
    const { invitation } = await inviteMember({ db, organizationId: a.org.id, invitedById: a.owner.userId, phone, role: "manager" });
    expect((await listTeam({ db, organizationId: a.org.id })).invitations).toEqual([
      expect.objectContaining({ id: invitation.id, role: "manager" }),
    ]);

    await expect(revokeInvitation({ db, organizationId: b.org.id, invitationId: invitation.id })).rejects.toMatchObject({
      code: "not_found",
    });
    await revokeInvitation({ db, organizationId: a.org.id, invitationId: invitation.id });
    expect(await listPendingInvitations({ db, phone })).toEqual([]);
  });

  it("ignores expired invitations", async () => {
    const { org, owner } = await organizationWith([]);
    const invitee = await upsertUserByPhone({ db, phone: uniquePhone() });
    const { invitation } = await inviteMember({
      db,
      organizationId: org.id,
      invitedById: owner.userId,
      phone: invitee.phone,
      role: "viewer",
      now: new Date(Date.now() - 8 * 24 * 60 * 60_000),
    });
    expect(await listPendingInvitations({ db, phone: invitee.phone })).toEqual([]);
    await expect(acceptInvitation({ db, userId: invitee.id, phone: invitee.phone, invitationId: invitation.id })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
