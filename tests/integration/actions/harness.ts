import { createTranslator } from "next-intl";
import type { Db } from "@/lib/db/client";
import { createOrganizationWithOwner } from "@/lib/data/organizations/create-organization";
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
 * translations, the page cache and which database the app's client opens. Sessions, memberships and roles are checked for real against
 * the test database, which is the unit under test here.
 */
let signedInUserId: string | null = null;

export function signInAs(userId: string | null) {
  signedInUserId = userId;
}

/** Stands in for lib/auth/auth: Auth.js's session reader is all the actions need of it. */
export const fakeAuthModule = () => ({ authUncached: async () => (signedInUserId ? { user: { id: signedInUserId } } : null) });

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
