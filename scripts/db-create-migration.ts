/**
 * `npm run db:migration:create -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * with the SQL that takes the existing migrations to the current prisma/schema.prisma.
 * It replays the migrations on a throwaway in-memory PGlite (the "shadow database") and diffs
 * that against the schema, as `prisma migrate dev --create-only` does with the native engine.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { startPgliteServer } from "@/lib/db/pglite-server";
import { MIGRATIONS_DIR, applyMigrations, diffDatabaseToSchema } from "@/lib/db/schema-engine";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:create -- <name>   (lower-case letters, digits and _)");
  process.exit(2);
}

const shadow = await startPgliteServer();
try {
  await applyMigrations(shadow.connectionString);
  const sql = (await diffDatabaseToSchema(shadow.connectionString)).trim();
  if (!sql || /^-- This is an empty migration/.test(sql)) {
    console.log("The schema matches the migrations; nothing to create.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    // One transaction per migration, so a failure leaves the database as it was.
    await writeFile(path.join(dir, "migration.sql"), `BEGIN;\n\n${sql}\n\nCOMMIT;\n`);
    await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await shadow.close();
}
