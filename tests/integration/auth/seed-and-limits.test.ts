import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { consumeRateLimit } from "@/lib/data/auth/rate-limit";
import { DEMO_USERS, seedDemoOrganization } from "@/lib/data/organizations/seed-demo-organization";
import { testDb, uniqueSuffix } from "../../support/database";

let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(() => db?.$disconnect());

describe("demo organisation seed", () => {
  it("creates the demo organisation with owner, manager, viewer and a platform admin, idempotently", async () => {
    const first = await seedDemoOrganization({ db: db });
    const second = await seedDemoOrganization({ db: db });
    expect(second).toEqual(first);
    const org = await db.organization.findUniqueOrThrow({ where: { slug: "demo" }, include: { memberships: { include: { user: true } } } });
    expect(org.inn).toBe("7707083893");
    const roles = Object.fromEntries(org.memberships.map((m) => [m.user.phone, m.role]));
    expect(roles).toEqual({ "+79990000000": "owner", "+79990000003": "manager", "+79990000002": "viewer" });
    const admin = await db.user.findUniqueOrThrow({ where: { phone: "+79990000001" }, include: { memberships: true } });
    expect(admin.isPlatformAdmin).toBe(true);
    expect(admin.memberships).toEqual([]);
    expect(await db.user.count({ where: { phone: { in: DEMO_USERS.map((u) => u.phone) } } })).toBe(4);
  });
});

describe("sliding-window rate limits across instances", () => {
  it("admits at most the limit even when requests race", async () => {
    const key = `test:${uniqueSuffix()}`;
    const rule = { limit: 3, windowMs: 60_000 };
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => consumeRateLimit({ db, key, rule })));
    const admitted = outcomes.filter((o) => o.ok).length;
    expect(admitted).toBeLessThanOrEqual(3);
    expect(admitted).toBeGreaterThanOrEqual(1);
    const refused = outcomes.find((o) => !o.ok);
    expect(refused && !refused.ok && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await db.rateLimitHit.count({ where: { key } })).toBe(admitted);
  });

  it("opens again once the window has slid past the oldest hit", async () => {
    const key = `test:${uniqueSuffix()}`;
    const rule = { limit: 2, windowMs: 60_000 };
    const t0 = new Date();
    expect((await consumeRateLimit({ db, key, rule, now: t0 })).ok).toBe(true);
    expect((await consumeRateLimit({ db, key, rule, now: new Date(t0.getTime() + 10_000) })).ok).toBe(true);
    expect(await consumeRateLimit({ db, key, rule, now: new Date(t0.getTime() + 20_000) })).toEqual({ ok: false, retryAfterSeconds: 40 });
    expect((await consumeRateLimit({ db, key, rule, now: new Date(t0.getTime() + 60_001) })).ok).toBe(true);
  });
});
