import { createTranslator } from "next-intl";
import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/lib/db/client";
import { sessionExpiry, sessionPolicy } from "@/lib/auth/session-policy";
import { createOrganizationWithOwner } from "@/lib/data/organizations/create-organization";
import { createSession } from "@/lib/data/sessions/create-session";
import { upsertUserByPhone } from "@/lib/data/users/upsert-user-by-phone";
import type { Role } from "@/lib/generated/prisma/enums";
import messages from "@/lib/i18n/messages/ru.json";
import { createOrganizationSchema } from "@/lib/validations/organization";
import { testDb, uniqueSuffix } from "../../support/database";
import { uniquePhone } from "../auth/harness";
import { uniqueInn } from "../../support/inn";

/**
 * Server actions called directly, as a form's submit would call them. Only what Next.js provides
 * per request is stood in for: the session cookie (which user is signed in), the request's
 * translations, the page cache and which database the app's client opens. Sessions (their
 * server-side rows), memberships and roles are checked for real against the test database,
 * which is the unit under test here.
 */
let presented: SessionToken | null = null;

/** What a signed session cookie names once Auth.js has checked its signature. */
export interface SessionToken {
  userId: string;
  sessionId?: string;
}

/** Signs `userId` in: a real server-side session row is opened on the first request after this. */
export function signInAs(userId: string | null) {
  presented = userId ? { userId } : null;
}

/** Presents exactly this token, as a copied cookie would: its session is not reopened if it has ended. */
export function presentToken(token: SessionToken | null) {
  presented = token;
}

/** The token of the current sign-in (opening its session now if it has not been used yet). */
export async function currentToken(): Promise<SessionToken | null> {
  if (presented && presented.sessionId === undefined) {
    const session = await createSession({
      db: testDb(),
      userId: presented.userId,
      now: new Date(),
      expiresAt: sessionExpiry(new Date(), sessionPolicy()),
    });
    presented = { ...presented, sessionId: session.id };
  }
  return presented;
}

/** Stands in for lib/auth/auth: Auth.js's session reader is all the actions need of it; sessions are checked for real. */
export const fakeAuthModule = () => ({
  authUncached: async () => {
    const token = await currentToken();
    return token ? { user: { id: token.userId }, sessionId: token.sessionId } : null;
  },
  /** Auth.js's signOut clears the browser's cookie; the caller's copy of the token is theirs to keep. */
  signOut: async () => {
    presented = null;
  },
});

/** Stands in for next-intl/server: the Russian catalogue, as a first visit without a cookie sees it. */
export const fakeIntlModule = () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "ru", messages, namespace: namespace as never }),
  getLocale: async () => "ru",
});

/** Stands in for lib/db: the app's one client, pointed at this run's migrated test database. */
export const testDatabaseModule = () => ({ db: testDb() });

export function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

/** An organisation with its owner and one member per role asked for; user ids to sign in as. */
export async function organizationWith(db: Db, roles: Role[]) {
  const owner = await upsertUserByPhone({ db, phone: uniquePhone() });
  const org = await createOrganizationWithOwner({
    db,
    userId: owner.id,
    input: createOrganizationSchema.parse({ name: `Org ${uniqueSuffix()}`, inn: uniqueInn() }),
  });
  const members: Partial<Record<Role, { userId: string; membershipId: string }>> = {};
  for (const role of roles) {
    const user = await upsertUserByPhone({ db, phone: uniquePhone() });
    const membership = await db.membership.create({ data: { userId: user.id, organizationId: org.id, role } });
    members[role] = { userId: user.id, membershipId: membership.id };
  }
  return { organizationId: org.id, ownerId: owner.id, members };
}

/**
 * The server actions that more than one test file calls, each imported only when a file asks for
 * it: by then the file's vi.mock stand-ins are in place (and the payments tests have pointed
 * lib/env at their sandbox). An action only one file calls is imported by that file itself.
 */
const serverActions = {
  createOrganization: async () => (await import("@/lib/actions/organizations/create-organization")).createOrganizationAction,
  inviteMember: async () => (await import("@/lib/actions/organizations/invite-member")).inviteMemberAction,
  changeMemberRole: async () => (await import("@/lib/actions/organizations/change-member-role")).changeMemberRoleAction,
  removeMember: async () => (await import("@/lib/actions/organizations/remove-member")).removeMemberAction,
  setUserBlocked: async () => (await import("@/lib/actions/admin/set-user-blocked")).setUserBlockedAction,
  createConnection: async () => (await import("@/lib/actions/connections/create-connection")).createConnectionAction,
  disableConnection: async () => (await import("@/lib/actions/connections/disable-connection")).disableConnectionAction,
  deleteConnection: async () => (await import("@/lib/actions/connections/delete-connection")).deleteConnectionAction,
};
export type ActionName = keyof typeof serverActions;
export type ServerActions<K extends ActionName> = { [N in K]: Awaited<ReturnType<(typeof serverActions)[N]>> };

/** The named server actions, ready to call as a form's submit would. */
export async function importActions<K extends ActionName>(...names: K[]): Promise<ServerActions<K>> {
  const loaded = await Promise.all(names.map(async (name) => [name, await serverActions[name]()] as const));
  return Object.fromEntries(loaded) as ServerActions<K>;
}

/**
 * A test file that calls actions against the test database: `app` holds the named actions and
 * whatever `more` imports (pages, routes, helpers of the app), filled in before the file's first
 * test; the database is closed after its last.
 */
export function actionsFixture<K extends ActionName, More extends object = object>(names: K[], more?: () => Promise<More>) {
  const db = testDb();
  const app = {} as ServerActions<K> & More;
  beforeAll(async () => {
    Object.assign(app, await importActions(...names), await more?.());
  });
  afterAll(() => db.$disconnect());
  return { db, app };
}
