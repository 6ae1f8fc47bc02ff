import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { startPgliteServer } from "@/lib/db/pglite-server";

/** The migrated test database of the current project (PGlite or the real server). */
export function testDatabaseUrl(): string {
  const url = inject("databaseUrl");
  assertLocalDatabase(url);
  return url;
}

export function testDb() {
  return createPrismaClient(testDatabaseUrl());
}

/** Destructive tests run only against loopback databases, never against a configured server. */
export function assertLocalDatabase(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error(`Refusing to run tests against non-local database ${host}`);
}

/** An empty database of the current kind, for tests that need to start from nothing. */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (inject("databaseKind") === "pglite") {
    const server = await startPgliteServer();
    return { url: server.connectionString, drop: () => server.close() };
  }
  const admin = testDatabaseUrl();
  const name = `t_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Unique per call, so tests run in parallel without resets. */
export const uniqueSuffix = () => randomUUID().slice(0, 8);
