import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/schema-engine";
import { startPostgres } from "./postgres-server";

/** Integration tests on a real PostgreSQL 15 server that this setup starts and stops. */
export default async function setup(project: TestProject) {
  const pg = await startPostgres();
  await applyMigrations(pg.url);
  project.provide("databaseUrl", pg.url);
  project.provide("databaseKind", "postgres");
  return () => pg.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "pglite" | "postgres";
  }
}
