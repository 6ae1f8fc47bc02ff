import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { inviteMember } from "@/lib/data/organizations/invite-member";
import { listTeam } from "@/lib/data/organizations/list-team";
import { upsertUserByPhone } from "@/lib/data/users/upsert-user-by-phone";
import type { Role } from "@/lib/generated/prisma/enums";
import { teamView } from "@/lib/organizations/team-view";
import { testDb, uniqueSuffix } from "../../support/database";
import { uniqueInn } from "../../support/inn";
import { uniquePhone } from "./harness";

/** The team page's rows, read from a real database, as each role's browser receives them. */
let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(() => db?.$disconnect());

async function teamOfEveryRole() {
  const s = uniqueSuffix();
  const org = await db.organization.create({ data: { slug: `team-${s}`, name: `Team ${s}`, inn: uniqueInn() } });
  const phones: Record<Role, string> = { owner: uniquePhone(), manager: uniquePhone(), viewer: uniquePhone() };
  const users: Partial<Record<Role, string>> = {};
  for (const role of ["owner", "manager", "viewer"] as const) {
    const user = await upsertUserByPhone({ db, phone: phones[role] });
    await db.membership.create({ data: { userId: user.id, organizationId: org.id, role } });
    users[role] = user.id;
  }
  const invited = uniquePhone();
  await inviteMember({ db, organizationId: org.id, invitedById: users.owner!, phone: invited, role: "viewer" });
  return { organizationId: org.id, phones: [...Object.values(phones), invited] };
}

/** What the page serialises into the browser: every digit sequence a reader could copy. */
const digitsIn = (rows: unknown) => JSON.stringify(rows).replace(/[^\d*]/g, "");
const nationalNumber = (e164: string) => e164.slice(2);

describe("members' phones on the team page", () => {
  it("reach a viewer masked: no full number is in the rows sent to the browser", async () => {
    const { organizationId, phones } = await teamOfEveryRole();
    const rows = teamView({ team: await listTeam({ db, organizationId }), viewerRole: "viewer" });
    expect(rows.members).toHaveLength(3);
    expect(rows.invitations).toHaveLength(1);
    for (const row of [...rows.members, ...rows.invitations]) expect(row.phone).toMatch(/^\+7 999 \*\*\* \*\* \d\d$/);
    for (const phone of phones) {
      expect(digitsIn(rows)).not.toContain(nationalNumber(phone));
      // The last two digits stay, so colleagues can still be told apart.
      expect(rows.members.map((m) => m.phone).concat(rows.invitations.map((i) => i.phone))).toContain(`+7 999 *** ** ${phone.slice(-2)}`);
    }
  });

  it.each(["owner", "manager"] as const)("reach the %s whole, as before", async (role) => {
    const { organizationId, phones } = await teamOfEveryRole();
    const rows = teamView({ team: await listTeam({ db, organizationId }), viewerRole: role });
    const shown = [...rows.members, ...rows.invitations].map((r) => r.phone.replace(/\D/g, ""));
    expect(shown.sort()).toEqual(phones.map((p) => p.slice(1)).sort());
  });
});
