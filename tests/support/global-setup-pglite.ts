import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/schema-engine";
import { startPgliteServer } from "@/lib/db/pglite-server";

/** Integration tests on the embedded PGlite, served over its socket exactly as in `npm run dev`. */
export default async function setup(project: TestProject) {
  const pg = await startPgliteServer();
  await applyMigrations(pg.connectionString);
  project.provide("databaseUrl", pg.connectionString);
  project.provide("databaseKind", "pglite");
  return () => pg.close();
}
