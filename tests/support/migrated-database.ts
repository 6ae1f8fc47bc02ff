import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/schema-engine";

/** A database server a global setup started; `stop` runs when the test run ends. */
export interface StartedDatabase {
  connectionString: string;
  stop(): void | Promise<void>;
}

/**
 * The shared part of the integration projects' global setups: migrate the freshly started
 * server, hand its URL and kind to the tests through `inject()`, and stop it afterwards.
 */
export async function provideMigratedDatabase(project: TestProject, kind: "pglite" | "postgres", database: StartedDatabase) {
  await applyMigrations(database.connectionString);
  project.provide("databaseUrl", database.connectionString);
  project.provide("databaseKind", kind);
  return () => database.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "pglite" | "postgres";
  }
}
