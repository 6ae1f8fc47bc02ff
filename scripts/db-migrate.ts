/** `npm run db:migrate`: applies prisma/migrations to DATABASE_URL, or to the embedded PGlite. */
import { env } from "@/lib/env";
import { resolveDatabase } from "@/lib/db/embedded";
import { describeDatabaseError, safeHost } from "@/lib/db/errors";
import { MigrationError, applyMigrations } from "@/lib/db/schema-engine";

const db = await resolveDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR });
try {
  const applied = await applyMigrations(db.url);
  const target = db.embedded ? `embedded PGlite (${env.PGLITE_DATA_DIR})` : safeHost(db.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s) to ${target}: ${applied.join(", ")}` : `${target} is up to date.`);
} catch (e) {
  console.error(
    e instanceof MigrationError ? e.message : (describeDatabaseError(e, db.url) ?? `Migration failed: ${(e as Error).message}`),
  );
  process.exitCode = 1;
} finally {
  await db.close();
}
