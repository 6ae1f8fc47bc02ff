import { findOrganizationIdBySlug } from "@/lib/data/admin/find-organization-id-by-slug";
import { createPrismaClient, createSqlPool, type Db, type SqlPool } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/schema-engine";
import { env } from "@/lib/env";

/**
 * The CLI's database: DATABASE_URL, or the embedded PGlite (the running dev server's, found by
 * its lock file, or one started here). An embedded database is migrated first, so the CLI also
 * works before `npm run dev` ever ran. The commands pass both clients to the data layer and the sync.
 */
export interface CliDatabase {
  db: Db;
  sqlPool: SqlPool;
  close(): Promise<void>;
}

export async function openCliDatabase(): Promise<CliDatabase> {
  const resolved = await resolveDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR, port: 0 });
  if (resolved.embedded) await applyMigrations(resolved.url);
  const db = createPrismaClient(resolved.url, { max: 4 });
  const sqlPool = createSqlPool(resolved.url);
  return {
    db,
    sqlPool,
    async close() {
      await sqlPool.end();
      await db.$disconnect();
      await resolved.close();
    },
  };
}

export async function findOrganizationId({ db, slug }: { db: Db; slug: string }): Promise<string> {
  const id = await findOrganizationIdBySlug({ db, slug });
  if (!id) throw new Error(`no organisation with slug "${slug}"`);
  return id;
}
