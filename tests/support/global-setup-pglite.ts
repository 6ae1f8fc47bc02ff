import type { TestProject } from "vitest/node";
import { startPgliteServer } from "@/lib/db/pglite-server";
import { provideMigratedDatabase } from "./migrated-database";

/** Integration tests on the embedded PGlite, served over its socket exactly as in `npm run dev`. */
export default async function setup(project: TestProject) {
  const pg = await startPgliteServer();
  return provideMigratedDatabase(project, "pglite", { connectionString: pg.connectionString, stop: () => pg.close() });
}
