import { describe, expect, it, vi } from "vitest";
import { endSessionBySignOut } from "@/lib/auth/end-session";
import { resolveSession } from "@/lib/auth/resolve-session";
import { sessionExpiry, type SessionPolicy } from "@/lib/auth/session-policy";
import { startSession } from "@/lib/auth/start-session";
import { upsertUserByPhone } from "@/lib/data/users/upsert-user-by-phone";
import { isAppError } from "@/lib/errors/app-error";
import messages from "@/lib/i18n/messages/ru.json";
import { uniquePhone } from "../auth/harness";
import { actionsFixture, currentToken, formOf, organizationWith, presentToken, signInAs, type SessionToken } from "../actions/harness";

vi.mock("@/lib/auth/auth", async () => (await import("../actions/harness")).fakeAuthModule());
vi.mock("next-intl/server", async () => (await import("../actions/harness")).fakeIntlModule());
vi.mock("@/lib/db", async () => (await import("../actions/harness")).testDatabaseModule());
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "user-agent": "vitest" }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));

/**
 * Attack 5 of issue 12, "sessions survive sign-out": a cookie copied before sign-out kept
 * exporting CSV. Each test signs in for real (a session row), captures the token as a copied
 * cookie would be, ends the session the way the product does, then presents the copy again.
 */
const DAY = 24 * 60 * 60_000;
const POLICY: SessionPolicy = { absoluteMs: 30 * DAY, idleMs: 7 * DAY, stepUpMs: 15 * 60_000, touchEveryMs: 5 * 60_000 };

const { db, app } = actionsFixture(["inviteMember", "setUserBlocked"], async () => ({
  signOutEverywhere: (await import("@/lib/actions/auth/sign-out-everywhere")).signOutEverywhereAction,
  requirePageMembership: (await import("@/lib/auth/session")).requirePageMembership,
  exportCsv: (await import("@/app/api/export/[resource]/route")).GET,
}));

/** Signs `userId` in and returns the token, as a copied cookie holds it. */
async function signInAndCapture(userId: string): Promise<SessionToken> {
  signInAs(userId);
  return (await currentToken())!;
}

/** What the three doors answer to a token: a page (redirect or not), the CSV export route, a server action. */
async function tryEverything(token: SessionToken, organizationId = "") {
  presentToken(token);
  const page = await app.requirePageMembership().then(
    () => "page shown",
    (error: unknown) => (error instanceof Error && "digest" in error ? String(error.digest) : String(error)),
  );
  presentToken(token);
  const csv = await app.exportCsv(new Request("http://app.test/api/export/orders"), { params: Promise.resolve({ resource: "orders" }) });
  presentToken(token);
  const action = await app.inviteMember(null, formOf({ organizationId, phone: uniquePhone(), role: "viewer" }));
  return { page, csvStatus: csv.status, action: action.ok ? "done" : action.code };
}

describe("a token captured before the session ends is refused after it", () => {
  it("sign-out: the copied cookie no longer reads a page, exports CSV or runs an action", async () => {
    const org = await organizationWith(db, []);
    const token = await signInAndCapture(org.ownerId);

    expect(await tryEverything(token, org.organizationId)).toEqual({ page: "page shown", csvStatus: 200, action: "done" });

    // What Auth.js's signOut event runs for the cookie being signed out (lib/auth/auth.ts).
    await endSessionBySignOut({ db, userId: token.userId, sessionId: token.sessionId!, now: new Date() });

    const after = await tryEverything(token, org.organizationId);
    expect(after.page).toMatch(/^NEXT_REDIRECT;.*;\/login;/);
    expect(after.csvStatus).toBe(401);
    expect(after.action).toBe("unauthenticated");
    expect(await db.invitation.count({ where: { organizationId: org.organizationId } })).toBe(1);
  });

  it("a token without a session id (issued before server-side sessions) is refused", async () => {
    const org = await organizationWith(db, []);
    const after = await tryEverything({ userId: org.ownerId, sessionId: "" });
    expect(after).toMatchObject({ csvStatus: 401, action: "unauthenticated" });
  });

  it("a session id is bound to its user: another user's token cannot borrow it", async () => {
    const org = await organizationWith(db, ["viewer"]);
    const owner = await signInAndCapture(org.ownerId);
    const forged = { userId: org.members.viewer!.userId, sessionId: owner.sessionId };
    expect(await resolveSession({ db, ...forged, now: new Date(), policy: POLICY })).toBeNull();
  });
});

describe("sign out everywhere", () => {
  it("ends every session of the user, on other devices too, and no one else's", async () => {
    const org = await organizationWith(db, ["manager"]);
    const laptop = await signInAndCapture(org.ownerId);
    const phone = await signInAndCapture(org.ownerId);
    const colleague = await signInAndCapture(org.members.manager!.userId);

    presentToken(phone);
    expect(await app.signOutEverywhere(null, formOf({}))).toMatchObject({ ok: true });

    expect((await tryEverything(laptop)).csvStatus).toBe(401);
    expect((await tryEverything(phone)).csvStatus).toBe(401);
    expect((await tryEverything(colleague)).csvStatus).toBe(200);
    const events = await db.auditEvent.findMany({ where: { organizationId: org.organizationId, action: "sessions_revoked" } });
    expect(events).toHaveLength(1);
    expect(events[0].details).toEqual({ sessions: 2 });
  });
});

describe("blocking a user", () => {
  it("a platform admin's block ends the user's sessions at once and refuses their next sign-in", async () => {
    const org = await organizationWith(db, []);
    const admin = await upsertUserByPhone({ db, phone: uniquePhone() });
    await db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
    const victimToken = await signInAndCapture(org.ownerId);

    const adminToken = await signInAndCapture(admin.id);
    expect(await app.setUserBlocked(null, formOf({ userId: org.ownerId, blocked: "true" }))).toMatchObject({ ok: true });

    const after = await tryEverything(victimToken);
    expect(after).toMatchObject({ csvStatus: 401, action: "unauthenticated" });
    expect(after.page).toMatch(/\/login/);

    // Sign-in: the code was right, but the session is not opened; the message says why, beside the code.
    const refused = await startSession({ db, userId: org.ownerId, ip: null, userAgent: null, now: new Date(), policy: POLICY }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(refused) && { code: refused.code, field: refused.field }).toEqual({ code: "account_blocked", field: "code" });
    expect(messages.errors.account_blocked).toMatch(/заблокирован/);
    expect(await db.session.count({ where: { userId: org.ownerId, endedAt: null } })).toBe(0);

    // Unblocked, they sign in again.
    presentToken(adminToken);
    expect(await app.setUserBlocked(null, formOf({ userId: org.ownerId, blocked: "false" }))).toMatchObject({ ok: true });
    await expect(
      startSession({ db, userId: org.ownerId, ip: null, userAgent: null, now: new Date(), policy: POLICY }),
    ).resolves.toHaveProperty("sessionId");
  });

  it("is refused to anyone but a platform admin, and to an admin on themselves", async () => {
    const org = await organizationWith(db, ["manager"]);
    await signInAndCapture(org.ownerId);
    expect(await app.setUserBlocked(null, formOf({ userId: org.members.manager!.userId, blocked: "true" }))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: org.members.manager!.userId } })).blockedAt).toBeNull();

    const admin = await upsertUserByPhone({ db, phone: uniquePhone() });
    await db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
    await signInAndCapture(admin.id);
    expect(await app.setUserBlocked(null, formOf({ userId: admin.id, blocked: "true" }))).toMatchObject({ ok: false, code: "conflict" });
  });
});

describe("session lifetime (injected clock)", () => {
  const T0 = new Date("2026-01-01T09:00:00Z");
  const at = (days: number) => new Date(T0.getTime() + days * DAY);

  it("the absolute lifetime ends a session even while it is used every day", async () => {
    const user = await upsertUserByPhone({ db, phone: uniquePhone() });
    const { sessionId } = await startSession({ db, userId: user.id, ip: null, userAgent: null, now: T0, policy: POLICY });
    for (let day = 1; day < 30; day++) {
      expect(await resolveSession({ db, userId: user.id, sessionId, now: at(day), policy: POLICY }), `day ${day}`).not.toBeNull();
    }
    // Use renewed the idle clock every day, never the end fixed at sign-in.
    const row = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.expiresAt).toEqual(sessionExpiry(T0, POLICY));
    expect(row.lastSeenAt).toEqual(at(29));
    expect(await resolveSession({ db, userId: user.id, sessionId, now: at(30), policy: POLICY })).toBeNull();
  });

  it("the idle limit ends a session nobody used for longer than it", async () => {
    const user = await upsertUserByPhone({ db, phone: uniquePhone() });
    const { sessionId } = await startSession({ db, userId: user.id, ip: null, userAgent: null, now: T0, policy: POLICY });
    expect(await resolveSession({ db, userId: user.id, sessionId, now: at(6.9), policy: POLICY })).not.toBeNull();
    expect(await resolveSession({ db, userId: user.id, sessionId, now: at(13.8), policy: POLICY })).not.toBeNull();
    expect(await resolveSession({ db, userId: user.id, sessionId, now: at(21), policy: POLICY })).toBeNull();
  });
});
