import { cp, mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, applyMigrations } from "@/lib/db/schema-engine";
import { freshDatabase } from "../../support/database";

/**
 * The migration that makes INNs unique and stores where payments go runs on databases that
 * already hold duplicates and several YooKassa shops. It is applied here on top of the
 * migrations before it, over rows written the way the old code wrote them.
 */
const MIGRATION = "20261202141204_payment_destination_and_unique_inn";

const drops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (drops.length) await drops.pop()!();
});

async function migrationsUpTo(name: string, inclusive: boolean): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
  for (const entry of await readdir(MIGRATIONS_DIR, { withFileTypes: true })) {
    const wanted = entry.isDirectory() ? (inclusive ? entry.name <= name : entry.name < name) : entry.name === "migration_lock.toml";
    if (wanted) await cp(path.join(MIGRATIONS_DIR, entry.name), path.join(dir, entry.name), { recursive: true });
  }
  return dir;
}

describe(MIGRATION, () => {
  it("keeps the INN on the oldest copy only, and points each organisation at a shop an owner connected", async () => {
    const database = await freshDatabase();
    drops.push(database.drop);
    await applyMigrations(database.url, await migrationsUpTo(MIGRATION, false));

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const sql = (text: string, values: unknown[] = []) => client.query(text, values);
      await sql(`INSERT INTO "User" (id, phone) VALUES ('owner', '+79990001001'), ('manager', '+79990001002')`);
      await sql(`INSERT INTO "Organization" (id, slug, name, inn, "createdAt") VALUES
        ('first', 'first', 'First', '7707083893', '2026-01-01'),
        ('copy', 'copy', 'Copy', '7707083893', '2026-02-01'),
        ('blank', 'blank', 'Blank', '', '2026-02-02'),
        ('other', 'other', 'Other', '5000000009', '2026-02-03')`);
      await sql(`INSERT INTO "Membership" (id, "userId", "organizationId", role) VALUES
        ('m1', 'owner', 'first', 'owner'), ('m2', 'manager', 'first', 'manager')`);
      const shop = (id: string, createdBy: string | null, createdAt: string, status = "active") =>
        sql(
          `INSERT INTO "Connection" (id, "organizationId", provider, name, "accountKey", status, "credentialsEncrypted", "credentialsHint", "createdById", "createdAt", "updatedAt")
           VALUES ($1, 'first', 'yookassa', $1, $1, $2::"ConnectionStatus", 'v1.test', '{}', $3, $4, now())`,
          [id, status, createdBy, createdAt],
        );
      // The manager's shop is the oldest active one: the old code paid into it.
      await shop("managers-shop", "manager", "2026-01-02");
      await shop("owners-old-shop", "owner", "2026-01-03", "disabled");
      await shop("owners-shop", "owner", "2026-01-04");

      await applyMigrations(database.url, await migrationsUpTo(MIGRATION, true));

      const { rows } = await sql(`SELECT id, inn, "paymentConnectionId" FROM "Organization" ORDER BY id`);
      expect(rows).toEqual([
        { id: "blank", inn: null, paymentConnectionId: null },
        { id: "copy", inn: null, paymentConnectionId: null },
        { id: "first", inn: "7707083893", paymentConnectionId: "owners-shop" },
        { id: "other", inn: "5000000009", paymentConnectionId: null },
      ]);
      await expect(sql(`UPDATE "Organization" SET inn = '7707083893' WHERE id = 'copy'`)).rejects.toMatchObject({ code: "23505" });
    } finally {
      await client.end();
    }
  });
});
