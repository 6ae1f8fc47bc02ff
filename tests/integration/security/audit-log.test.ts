import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { startSession } from "@/lib/auth/start-session";
import { sessionPolicy } from "@/lib/auth/session-policy";
import { deleteOldAuditEvents } from "@/lib/data/audit/delete-old-audit-events";
import { listAuditEvents } from "@/lib/data/audit/query-audit-events";
import { recordAuditEvent } from "@/lib/data/audit/record-audit-event";
import { deleteStaleSessions } from "@/lib/data/sessions/delete-stale-sessions";
import { upsertUserByPhone } from "@/lib/data/users/upsert-user-by-phone";
import { uniquePhone } from "../auth/harness";
import { actionsFixture, formOf, organizationWith, signInAs } from "../actions/harness";

vi.mock("@/lib/auth/auth", async () => (await import("../actions/harness")).fakeAuthModule());
vi.mock("next-intl/server", async () => (await import("../actions/harness")).fakeIntlModule());
vi.mock("@/lib/db", async () => (await import("../actions/harness")).testDatabaseModule());
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));

/**
 * The audit log: the product's own actions write it, it never holds a secret, owners read their
 * organisation's log (and only theirs), other members read nothing, platform admins read all.
 */
const { db, app } = actionsFixture(
  ["inviteMember", "removeMember", "disableConnection", "deleteConnection", "setUserBlocked"],
  async () => ({
    revokeInvitation: (await import("@/lib/actions/organizations/revoke-invitation")).revokeInvitationAction,
    acceptInvitation: (await import("@/lib/actions/organizations/accept-invitation")).acceptInvitationAction,
    auditPage: (await import("@/app/(app)/settings/audit/page")).default,
    adminAuditPage: (await import("@/app/(app)/admin/audit/page")).default,
  }),
);

/** An event recorded as `org`'s owner's own doing, which is how most events of these tests come about. */
const recordByOwner = (
  org: { organizationId: string; ownerId: string },
  event: Omit<Parameters<typeof recordAuditEvent>[0], "db" | "organizationId" | "actorUserId">,
) => recordAuditEvent({ db, organizationId: org.organizationId, actorUserId: org.ownerId, ...event });

const actionsOf = async (organizationId: string) =>
  (await db.auditEvent.findMany({ where: { organizationId }, orderBy: { id: "asc" } })).map((e) => e.action);

function connectionOf(organizationId: string) {
  const s = randomUUID().slice(0, 8);
  return db.connection.create({
    data: {
      organizationId,
      provider: "wildberries",
      name: "WB",
      accountKey: `wb-${s}`,
      credentialsEncrypted: "v1.test",
      credentialsHint: {},
    },
  });
}

describe("the product's actions write the audit log", () => {
  it("sign-in, invitations, members and connections, each with who did it and on what", async () => {
    const org = await organizationWith(db, ["manager"]);
    await startSession({ db, userId: org.ownerId, ip: "10.1.2.3", userAgent: "vitest", now: new Date(), policy: sessionPolicy() });

    signInAs(org.ownerId);
    const invitee = await upsertUserByPhone({ db, phone: uniquePhone() });
    const invited = await app.inviteMember(null, formOf({ organizationId: org.organizationId, phone: invitee.phone, role: "viewer" }));
    if (!invited.ok) throw new Error(`invite failed: ${invited.code}`);
    const second = await app.inviteMember(null, formOf({ organizationId: org.organizationId, phone: uniquePhone(), role: "manager" }));
    const secondInvitation = await db.invitation.findFirstOrThrow({ where: { organizationId: org.organizationId, role: "manager" } });
    expect(second.ok).toBe(true);
    expect(
      await app.revokeInvitation(null, formOf({ organizationId: org.organizationId, invitationId: secondInvitation.id })),
    ).toMatchObject({ ok: true });

    signInAs(invitee.id);
    const invitation = await db.invitation.findFirstOrThrow({ where: { organizationId: org.organizationId, phone: invitee.phone } });
    expect(await app.acceptInvitation(null, formOf({ invitationId: invitation.id }))).toMatchObject({ ok: true });

    signInAs(org.ownerId);
    expect(
      await app.removeMember(null, formOf({ organizationId: org.organizationId, membershipId: org.members.manager!.membershipId })),
    ).toMatchObject({
      ok: true,
    });
    const connection = await connectionOf(org.organizationId);
    expect(await app.disableConnection(null, formOf({ organizationId: org.organizationId, connectionId: connection.id }))).toMatchObject({
      ok: true,
    });
    expect(await app.deleteConnection(null, formOf({ organizationId: org.organizationId, connectionId: connection.id }))).toMatchObject({
      ok: true,
    });

    expect(await actionsOf(org.organizationId)).toEqual([
      "sign_in",
      "invitation_created",
      "invitation_created",
      "invitation_revoked",
      "invitation_accepted",
      "member_removed",
      "connection_disabled",
      "connection_deleted",
    ]);
    const rows = await db.auditEvent.findMany({ where: { organizationId: org.organizationId } });
    expect(rows.find((r) => r.action === "sign_in")).toMatchObject({ actorUserId: org.ownerId, ip: "10.1.2.3", targetType: "session" });
    expect(rows.find((r) => r.action === "connection_deleted")).toMatchObject({ actorUserId: org.ownerId, targetId: connection.id });
    expect(rows.find((r) => r.action === "invitation_accepted")).toMatchObject({ actorUserId: invitee.id, targetId: invitation.id });
    // The invitation link's token is the invitee's secret: it is nowhere in the log.
    const token = new URL(invited.inviteUrl).searchParams.get("invite")!;
    expect(JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(token);
  });

  it("a blocked user is recorded as a platform event naming the admin", async () => {
    const org = await organizationWith(db, []);
    const admin = await upsertUserByPhone({ db, phone: uniquePhone() });
    await db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
    signInAs(admin.id);
    expect(await app.setUserBlocked(null, formOf({ userId: org.ownerId, blocked: "true" }))).toMatchObject({ ok: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user_blocked", targetId: org.ownerId } });
    expect(event).toMatchObject({ organizationId: null, actorUserId: admin.id, targetType: "user" });
  });

  it("drops any detail whose name could hold a secret", async () => {
    const org = await organizationWith(db, []);
    await recordByOwner(org, {
      action: "connection_credentials_changed",
      details: { provider: "ozon", apiKey: "secret-1", token: "secret-2", code: "123456", clientSecret: "secret-3" },
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: org.organizationId } });
    expect(event.details).toEqual({ provider: "ozon" });
  });
});

describe("who reads the audit log", () => {
  it("owners read their own organisation's events only, page by page, newest first", async () => {
    const mine = await organizationWith(db, []);
    const theirs = await organizationWith(db, []);
    for (let i = 0; i < 5; i++) {
      await recordByOwner(mine, { action: "invitation_created", details: { n: i } });
    }
    await recordByOwner(theirs, { action: "member_removed" });

    const pages: number[][] = [];
    let before: string | undefined;
    do {
      const page = await listAuditEvents({ db, organizationId: mine.organizationId, before, take: 2 });
      pages.push(page.events.map((e) => Number(e.details.n)));
      expect(page.events.every((e) => e.organizationId === mine.organizationId && e.actor?.id === mine.ownerId)).toBe(true);
      before = page.nextBefore ?? undefined;
    } while (before);
    expect(pages).toEqual([[4, 3], [2, 1], [0]]);
  });

  it("the settings page shows the events to an owner and nothing to a manager", async () => {
    const org = await organizationWith(db, ["manager"]);
    await recordByOwner(org, { action: "member_role_changed" });
    const eventsShown = (page: unknown) => JSON.stringify(page).includes("member_role_changed");
    const searchParams = Promise.resolve({});

    signInAs(org.ownerId);
    expect(eventsShown(await app.auditPage({ searchParams }))).toBe(true);
    signInAs(org.members.manager!.userId);
    const managerView = await app.auditPage({ searchParams });
    expect(eventsShown(managerView)).toBe(false);
    expect(JSON.stringify(managerView)).toContain("только владельцам");
  });

  it("the admin page is a 404 to an organisation's owner and shows every organisation to a platform admin", async () => {
    const a = await organizationWith(db, []);
    const b = await organizationWith(db, []);
    await recordByOwner(a, { action: "payment_created", target: { type: "payment", id: `pay-${a.organizationId}` } });
    await recordByOwner(b, { action: "payment_created", target: { type: "payment", id: `pay-${b.organizationId}` } });
    const searchParams = Promise.resolve({});

    signInAs(a.ownerId);
    await expect(app.adminAuditPage({ searchParams })).rejects.toMatchObject({ digest: expect.stringContaining("404") });

    const admin = await upsertUserByPhone({ db, phone: uniquePhone() });
    await db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
    signInAs(admin.id);
    const shown = JSON.stringify(await app.adminAuditPage({ searchParams }));
    expect(shown).toContain(`pay-${a.organizationId}`);
    expect(shown).toContain(`pay-${b.organizationId}`);
  });
});

describe("retention (injected clock)", () => {
  // Rows dated around 2000, far older than anything else in the shared test database.
  const NOW = new Date("2001-06-01T00:00:00Z");
  const YEAR = 365 * 24 * 60 * 60_000;

  it("deletes audit events older than a year and keeps the rest", async () => {
    const org = await organizationWith(db, []);
    const at = (iso: string) =>
      recordAuditEvent({ db, organizationId: org.organizationId, actorUserId: null, action: "sign_in", now: new Date(iso) });
    await at("2000-01-01T00:00:00Z");
    await at("2000-05-01T00:00:00Z");
    await at("2000-12-01T00:00:00Z");
    expect(await deleteOldAuditEvents({ db, now: NOW, keepMs: YEAR, batch: 1000 })).toBe(2);
    const left = await db.auditEvent.findMany({ where: { organizationId: org.organizationId } });
    expect(left.map((e) => e.createdAt.toISOString())).toEqual(["2000-12-01T00:00:00.000Z"]);
  });

  it("deletes session rows a month after they ended or expired, and keeps live ones", async () => {
    const user = await upsertUserByPhone({ db, phone: uniquePhone() });
    const row = (data: { expiresAt: string; endedAt?: string }) =>
      db.session.create({
        data: {
          userId: user.id,
          createdAt: new Date("2000-01-01T00:00:00Z"),
          lastSeenAt: new Date("2000-01-01T00:00:00Z"),
          reauthenticatedAt: new Date("2000-01-01T00:00:00Z"),
          expiresAt: new Date(data.expiresAt),
          endedAt: data.endedAt ? new Date(data.endedAt) : null,
        },
      });
    await row({ expiresAt: "2001-01-01T00:00:00Z" }); // expired five months before NOW
    await row({ expiresAt: "2001-07-01T00:00:00Z", endedAt: "2001-02-01T00:00:00Z" }); // signed out four months before
    const recent = await row({ expiresAt: "2001-07-01T00:00:00Z", endedAt: "2001-05-25T00:00:00Z" }); // signed out a week before
    const live = await row({ expiresAt: "2001-07-01T00:00:00Z" });
    expect(await deleteStaleSessions({ db, now: NOW, keepMs: 30 * 24 * 60 * 60_000, batch: 1000 })).toBe(2);
    const left = await db.session.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(left.map((s) => s.id).sort()).toEqual([recent.id, live.id].sort());
  });
});
