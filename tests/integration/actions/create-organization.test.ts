import { randomInt } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { rateLimitKey } from "@/lib/data/auth/rate-limit";
import { consumeOrganizationCreation } from "@/lib/data/organizations/consume-organization-creation";
import { createOrganizationWithOwner } from "@/lib/data/organizations/create-organization";
import { upsertUserByPhone } from "@/lib/data/users/upsert-user-by-phone";
import messages from "@/lib/i18n/messages/ru.json";
import { createOrganizationSchema } from "@/lib/validations/organization";
import { uniqueSuffix } from "../../support/database";
import { uniqueInn } from "../../support/inn";
import { uniquePhone } from "../auth/harness";
import { actionsFixture, formOf, signInAs } from "./harness";

vi.mock("@/lib/auth/auth", async () => (await import("./harness")).fakeAuthModule());
vi.mock("next-intl/server", async () => (await import("./harness")).fakeIntlModule());
vi.mock("@/lib/db", async () => (await import("./harness")).testDatabaseModule());
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));

/**
 * Organisation sign-up: one organisation per INN (a second copy used to be created silently),
 * and a few creations an hour per person and per address, counted in the shared database.
 */
const { db, app } = actionsFixture(["createOrganization"]);

const newUser = () => upsertUserByPhone({ db, phone: uniquePhone() });
const organizationForm = (inn: string) => formOf({ name: `Магазин ${uniqueSuffix()}`, inn });
const alreadyConnected = messages.errors.conflict.match(/organizationExists \{([^}]*)\}/)![1];
const ownedBy = (userId: string) => db.membership.count({ where: { userId, role: "owner" } });

describe("an INN that already has an organisation", () => {
  it("is refused beside the INN with a request to ask the owner for an invitation, and no copy is made", async () => {
    const inn = uniqueInn();
    const first = await newUser();
    signInAs(first.id);
    expect(await app.createOrganization(null, organizationForm(inn))).toMatchObject({ ok: true });

    const second = await newUser();
    signInAs(second.id);
    // Typed with spaces, as people do: the same INN once normalised.
    const result = await app.createOrganization(null, organizationForm(`${inn.slice(0, 4)} ${inn.slice(4)}`));
    expect(result).toMatchObject({ ok: false, code: "conflict", status: 409, fieldErrors: { inn: [alreadyConnected] } });
    expect(alreadyConnected).toBe("Эта организация уже подключена: попросите владельца пригласить вас.");
    expect(await db.organization.count({ where: { inn } })).toBe(1);
    expect(await ownedBy(second.id)).toBe(0);
  });

  it("lets exactly one of several simultaneous sign-ups win", async () => {
    const inn = uniqueInn();
    const users = await Promise.all(Array.from({ length: 4 }, () => newUser()));
    const outcomes = await Promise.allSettled(
      users.map((user) =>
        createOrganizationWithOwner({
          db,
          userId: user.id,
          input: createOrganizationSchema.parse({ name: `Магазин ${uniqueSuffix()}`, inn }),
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const refused of outcomes.filter((o) => o.status === "rejected")) {
      expect(refused.reason).toMatchObject({ code: "conflict", field: "inn", params: { reason: "organizationExists" } });
    }
    expect(await db.organization.count({ where: { inn } })).toBe(1);
    // The losers' transactions rolled back whole: no owner without an organisation.
    const owners = await Promise.all(users.map((user) => ownedBy(user.id)));
    expect(owners.sort()).toEqual([0, 0, 0, 1]);
  });
});

describe("creating organisations is rate-limited", () => {
  it("refuses a person's sixth organisation within the hour with the wait, and creates nothing", async () => {
    const user = await newUser();
    signInAs(user.id);
    for (let i = 0; i < 5; i++) expect(await app.createOrganization(null, organizationForm(uniqueInn()))).toMatchObject({ ok: true });

    const inn = uniqueInn();
    const result = await app.createOrganization(null, organizationForm(inn));
    expect(result).toMatchObject({ ok: false, code: "rate_limited", status: 429 });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.formError).toBe("Слишком много попыток. Повторите через 60 мин.");
    expect(await db.organization.count({ where: { inn } })).toBe(0);
    expect(await ownedBy(user.id)).toBe(5);
  });

  it("limits one address across people, in the shared store, until the window has passed", async () => {
    const address = `203.0.113.${randomInt(1, 255)}-${uniqueSuffix()}`;
    const limits = { perUser: { limit: 5, windowMs: 60 * 60_000 }, perAddress: { limit: 2, windowMs: 60 * 60_000 } };
    const t0 = new Date("2026-03-01T10:00:00Z");
    const [a, b, c] = await Promise.all([newUser(), newUser(), newUser()]);

    await consumeOrganizationCreation({ db, userId: a.id, address, limits, now: t0 });
    await consumeOrganizationCreation({ db, userId: b.id, address, limits, now: new Date(t0.getTime() + 60_000) });
    await expect(
      consumeOrganizationCreation({ db, userId: c.id, address, limits, now: new Date(t0.getTime() + 120_000) }),
    ).rejects.toMatchObject({ code: "rate_limited", retryAfterSeconds: 58 * 60 });
    // The refusal took nothing from the person's own allowance.
    expect(await db.rateLimitHit.count({ where: { key: rateLimitKey("org-create-user", c.id) } })).toBe(0);

    await expect(
      consumeOrganizationCreation({ db, userId: c.id, address, limits, now: new Date(t0.getTime() + 60 * 60_000 + 1) }),
    ).resolves.toBeUndefined();
  });
});
