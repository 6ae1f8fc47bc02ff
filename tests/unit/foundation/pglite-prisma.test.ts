import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { startPgliteServer, type RunningPglite } from "@/lib/db/pglite-server";
import { applyMigrations } from "@/lib/db/schema-engine";

/** What `npm run dev` does: the app and the sync functions share the embedded database over pooled connections. */
let server: RunningPglite;
let app: Db;
let worker: Db;

beforeAll(async () => {
  server = await startPgliteServer();
  await applyMigrations(server.connectionString);
  app = createPrismaClient(server.connectionString, { max: 6 });
  worker = createPrismaClient(server.connectionString, { max: 6 });
}, 120_000);
afterAll(async () => {
  await Promise.all([app.$disconnect(), worker.$disconnect()]);
  await server.close();
});

describe("embedded PGlite with Prisma", () => {
  it("serves concurrent reads and transactions from two clients without mixing their results", async () => {
    const orgs = await Promise.all(
      Array.from({ length: 20 }, (_, i) => app.organization.create({ data: { slug: `org-${i}-${Date.now()}`, name: `Org ${i}` } })),
    );
    const reads = orgs.flatMap((org, i) => [
      (i % 2 ? app : worker).organization.findFirst({ where: { id: org.id } }).then((found) => expect(found?.slug).toBe(org.slug)),
      (i % 2 ? worker : app).$transaction(async (tx) => {
        const found = await tx.organization.findUniqueOrThrow({ where: { id: org.id } });
        await tx.organization.update({ where: { id: org.id }, data: { name: `${found.name}!` } });
      }),
    ]);
    await Promise.all(reads);
    const names = await app.organization.findMany({ where: { id: { in: orgs.map((o) => o.id) } }, select: { name: true } });
    expect(names.every((o) => o.name.endsWith("!"))).toBe(true);
  });
});
