import { describe, expect, it, vi } from "vitest";
import { uniquePhone } from "../auth/harness";
import { actionsFixture, formOf, organizationWith, signInAs } from "./harness";

vi.mock("@/lib/auth/auth", async () => (await import("./harness")).fakeAuthModule());
vi.mock("next-intl/server", async () => (await import("./harness")).fakeIntlModule());
vi.mock("@/lib/db", async () => (await import("./harness")).testDatabaseModule());
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db, app: actions } = actionsFixture(["createConnection", "inviteMember", "changeMemberRole", "removeMember"]);

describe("server actions refuse callers without the role, and write nothing", () => {
  it("refuses a viewer on a manager action (adding a connection)", async () => {
    const org = await organizationWith(db, ["viewer"]);
    signInAs(org.members.viewer!.userId);
    const form = formOf({ organizationId: org.organizationId, provider: "wildberries", name: "Shop", "credentials.token": "x" });
    const result = await actions.createConnection(null, form);
    expect(result).toMatchObject({ ok: false, code: "forbidden", status: 403 });
    expect(await db.connection.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  it("refuses a manager on a payment connection, which is the owner's alone (connecting YooKassa)", async () => {
    const org = await organizationWith(db, ["manager"]);
    signInAs(org.members.manager!.userId);
    const form = formOf({
      organizationId: org.organizationId,
      provider: "yookassa",
      name: "Shop",
      "credentials.shopId": "123456",
      "credentials.secretKey": "test_0123456789abcdefghijklmnop",
    });
    expect(await actions.createConnection(null, form)).toMatchObject({ ok: false, code: "forbidden", status: 403 });
    expect(await db.connection.count({ where: { organizationId: org.organizationId } })).toBe(0);
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.organizationId } })).paymentConnectionId).toBeNull();
  });

  it("refuses a manager on an owner action (inviting a member)", async () => {
    const org = await organizationWith(db, ["manager"]);
    signInAs(org.members.manager!.userId);
    const result = await actions.inviteMember(null, formOf({ organizationId: org.organizationId, phone: uniquePhone(), role: "viewer" }));
    expect(result).toMatchObject({ ok: false, code: "forbidden", status: 403 });
    expect(await db.invitation.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  it("answers not_found to the owner of another organisation, as for an id that does not exist", async () => {
    const mine = await organizationWith(db, []);
    const theirs = await organizationWith(db, ["manager"]);
    signInAs(mine.ownerId);
    const form = formOf({ organizationId: theirs.organizationId, membershipId: theirs.members.manager!.membershipId, role: "owner" });
    expect(await actions.changeMemberRole(null, form)).toMatchObject({ ok: false, code: "not_found", status: 404 });
    const membership = await db.membership.findUniqueOrThrow({ where: { id: theirs.members.manager!.membershipId } });
    expect(membership.role).toBe("manager");
  });

  it("answers unauthenticated without a session", async () => {
    const org = await organizationWith(db, ["viewer"]);
    signInAs(null);
    const form = formOf({ organizationId: org.organizationId, membershipId: org.members.viewer!.membershipId });
    expect(await actions.removeMember(null, form)).toMatchObject({ ok: false, code: "unauthenticated", status: 401 });
    expect(await db.membership.count({ where: { organizationId: org.organizationId } })).toBe(2);
  });
});

describe("server actions validate their input after the role check", () => {
  it("returns field errors for an invalid phone and invites nobody", async () => {
    const org = await organizationWith(db, []);
    signInAs(org.ownerId);
    const result = await actions.inviteMember(null, formOf({ organizationId: org.organizationId, phone: "12", role: "viewer" }));
    expect(result).toMatchObject({ ok: false, code: "validation", status: 400 });
    if (result.ok) throw new Error("expected a failure");
    expect(result.fieldErrors.phone?.length).toBeGreaterThan(0);
    // The message is the catalogue's text, not the schema's key.
    expect(result.fieldErrors.phone?.[0]).not.toMatch(/^[a-z]+[A-Z]\w*$/);
    expect(await db.invitation.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  it("lets the owner invite a member and returns the link once", async () => {
    const org = await organizationWith(db, []);
    signInAs(org.ownerId);
    const result = await actions.inviteMember(null, formOf({ organizationId: org.organizationId, phone: uniquePhone(), role: "manager" }));
    expect(result).toMatchObject({ ok: true, inviteUrl: expect.stringContaining("/onboarding?invite=") });
    expect(await db.invitation.count({ where: { organizationId: org.organizationId, role: "manager" } })).toBe(1);
  });

  it("lets the owner change a member's role in their own organisation", async () => {
    const org = await organizationWith(db, ["viewer"]);
    signInAs(org.ownerId);
    const form = formOf({ organizationId: org.organizationId, membershipId: org.members.viewer!.membershipId, role: "manager" });
    expect(await actions.changeMemberRole(null, form)).toEqual({ ok: true });
    expect((await db.membership.findUniqueOrThrow({ where: { id: org.members.viewer!.membershipId } })).role).toBe("manager");
  });
});
