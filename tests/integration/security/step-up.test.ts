import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { confirmStepUp } from "@/lib/auth/confirm-step-up";
import { requireRecentAuthentication } from "@/lib/auth/step-up";
import type { SessionPolicy } from "@/lib/auth/session-policy";
import { isAppError } from "@/lib/errors/app-error";
import { LIMITS, SECRET, requestCode, startSmsSandbox, type SmsSandbox } from "../auth/harness";
import { actionsFixture, currentToken, formOf, organizationWith, signInAs } from "../actions/harness";

vi.mock("@/lib/auth/auth", async () => (await import("../actions/harness")).fakeAuthModule());
vi.mock("next-intl/server", async () => (await import("../actions/harness")).fakeIntlModule());
vi.mock("@/lib/db", async () => (await import("../actions/harness")).testDatabaseModule());
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));

/**
 * Step-up: a role change (and credentials, and where payments go) needs an SMS code younger than
 * 15 minutes. A stale session is answered `reauth_required` and changes nothing; a fresh code
 * through the login-code flow re-verifies the session and the same call then goes through.
 */
const MINUTE = 60_000;
const POLICY: SessionPolicy = {
  absoluteMs: 30 * 1440 * MINUTE,
  idleMs: 7 * 1440 * MINUTE,
  stepUpMs: 15 * MINUTE,
  touchEveryMs: 5 * MINUTE,
};

const { db, app } = actionsFixture(["changeMemberRole"]);
let sms: SmsSandbox;
beforeAll(async () => {
  sms = await startSmsSandbox();
});
afterAll(() => sms?.sandbox.close());

describe("the step-up window (injected clock)", () => {
  const signedIn = new Date("2026-03-01T10:00:00Z");
  const session = { id: "s", createdAt: signedIn, reauthenticatedAt: signedIn };

  it("accepts a code younger than 15 minutes and refuses an older one", () => {
    expect(() => requireRecentAuthentication(session, new Date(signedIn.getTime() + 14 * MINUTE), POLICY)).not.toThrow();
    const refused = (() => {
      try {
        requireRecentAuthentication(session, new Date(signedIn.getTime() + 15 * MINUTE), POLICY);
      } catch (error) {
        return error;
      }
    })();
    expect(isAppError(refused) && { code: refused.code, status: refused.status }).toEqual({ code: "reauth_required", status: 401 });
  });
});

describe("a sensitive action on a stale session", () => {
  it("is answered reauth_required, changes nothing, and goes through after a fresh SMS code", async () => {
    const org = await organizationWith(db, ["viewer"]);
    signInAs(org.ownerId);
    const token = (await currentToken())!;
    // The owner signed in 20 minutes ago: the session still works, but is stale for sensitive changes.
    const twentyMinutesAgo = new Date(Date.now() - 20 * MINUTE);
    await db.session.update({ where: { id: token.sessionId }, data: { reauthenticatedAt: twentyMinutesAgo } });

    const form = () => formOf({ organizationId: org.organizationId, membershipId: org.members.viewer!.membershipId, role: "owner" });
    expect(await app.changeMemberRole(null, form())).toMatchObject({ ok: false, code: "reauth_required", status: 401 });
    expect((await db.membership.findUniqueOrThrow({ where: { id: org.members.viewer!.membershipId } })).role).toBe("viewer");

    // A wrong code does not re-verify the session.
    const owner = await db.user.findUniqueOrThrow({ where: { id: org.ownerId } });
    await requestCode(db, sms, owner.phone);
    const code = sms.lastCode(owner.phone)!;
    const wrong = code === "000000" ? "111111" : "000000";
    const stepUp = (candidate: string) =>
      confirmStepUp({
        db,
        userId: owner.id,
        phone: owner.phone,
        sessionId: token.sessionId!,
        code: candidate,
        ip: "10.0.0.1",
        secret: SECRET,
        limits: LIMITS,
        now: new Date(),
      });
    await expect(stepUp(wrong)).rejects.toMatchObject({ code: "code_invalid" });
    expect(await app.changeMemberRole(null, form())).toMatchObject({ ok: false, code: "reauth_required" });

    await stepUp(code);
    expect(await app.changeMemberRole(null, form())).toMatchObject({ ok: true });
    expect((await db.membership.findUniqueOrThrow({ where: { id: org.members.viewer!.membershipId } })).role).toBe("owner");
    const actions = (await db.auditEvent.findMany({ where: { organizationId: org.organizationId }, orderBy: { id: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["step_up", "member_role_changed"]);
  });

  it("a session just signed in needs no second code", async () => {
    const org = await organizationWith(db, ["manager"]);
    signInAs(org.ownerId);
    const form = formOf({ organizationId: org.organizationId, membershipId: org.members.manager!.membershipId, role: "viewer" });
    expect(await app.changeMemberRole(null, form)).toMatchObject({ ok: true });
  });

  it("asks the caller's role first: a manager is refused as forbidden, never asked for a code", async () => {
    const org = await organizationWith(db, ["manager", "viewer"]);
    signInAs(org.members.manager!.userId);
    const token = (await currentToken())!;
    await db.session.update({ where: { id: token.sessionId }, data: { reauthenticatedAt: new Date(Date.now() - 60 * MINUTE) } });
    const form = formOf({ organizationId: org.organizationId, membershipId: org.members.viewer!.membershipId, role: "owner" });
    expect(await app.changeMemberRole(null, form)).toMatchObject({ ok: false, code: "forbidden" });
  });
});
