/**
 * `npm run db:seed`: the demo organisation and its people, and, when the sandbox is running
 * (SANDBOX_URL, set by `npm run dev`), its Wildberries and Ozon shops connected to the sandbox's
 * demo accounts. Idempotent: running it again changes nothing.
 */
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/embedded";
import { describeDatabaseError } from "@/lib/db/errors";
import { seedDemoWorkspace } from "@/devtools/devstack/seed-demo-workspace";

const database = await resolveDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR });
const db = createPrismaClient(database.url, { max: 2 });
try {
  const summary = await seedDemoWorkspace({ db, sandboxUrl: env.SANDBOX_URL, s3Endpoint: env.S3_ENDPOINT });
  console.log(summary);
} catch (e) {
  console.error(describeDatabaseError(e, database.url) ?? `Seeding failed: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.close();
}
