import { mkdtemp, mkdir, writeFile, cp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, MigrationError, applyMigrations, diffDatabaseToSchema } from "@/lib/db/schema-engine";
import { freshDatabase } from "../../support/database";

const drops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (drops.length) await drops.pop()!();
});

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const res = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  await client.end();
  return res.rows.map((r) => r.tablename);
}

describe("migrations", () => {
  it("apply from empty, record history like prisma migrate deploy, and leave no drift from the schema", async () => {
    const db = await freshDatabase();
    drops.push(db.drop);

    const applied = await applyMigrations(db.url);
    expect(applied.length).toBeGreaterThan(0);
    expect(await tables(db.url)).toEqual(
      expect.arrayContaining(["_prisma_migrations", "Organization", "Order", "Sale", "Connection", "SyncRun"]),
    );

    // A second run is a no-op, and the schema file has nothing left to add.
    expect(await applyMigrations(db.url)).toEqual([]);
    const drift = await diffDatabaseToSchema(db.url);
    expect(drift).not.toMatch(/CREATE|ALTER|DROP/);
  });

  it("a failing migration leaves the database as it was, and a fixed one applies afterwards", async () => {
    const db = await freshDatabase();
    drops.push(db.drop);
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const broken = path.join(dir, "99990101000000_broken");
    await mkdir(broken);
    // Creates a table, then fails: the whole migration must roll back.
    await writeFile(path.join(broken, "migration.sql"), 'BEGIN;\nCREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";\nCOMMIT;\n');

    const error = await applyMigrations(db.url, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migrationName).toBe("99990101000000_broken");
    expect((error as Error).message).toMatch(/NoSuchTable/);
    expect(await tables(db.url)).not.toContain("Half");

    await writeFile(path.join(broken, "migration.sql"), 'BEGIN;\nCREATE TABLE "Half" (id int);\nCOMMIT;\n');
    expect(await applyMigrations(db.url, dir)).toEqual(["99990101000000_broken"]);
    expect(await tables(db.url)).toContain("Half");
  });
});
