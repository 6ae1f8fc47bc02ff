import type { TestProject } from "vitest/node";
import { provideMigratedDatabase } from "./migrated-database";
import { startPostgres } from "./postgres-server";

/** Integration tests on a real PostgreSQL 15 server that this setup starts and stops. */
export default async function setup(project: TestProject) {
  const pg = await startPostgres();
  return provideMigratedDatabase(project, "postgres", { connectionString: pg.url, stop: () => pg.stop() });
}
