import "server-only";
import { createPrismaClient, createSqlPool, type Db, type SqlPool } from "@/lib/db/client";
import { embeddedUrl, readLiveLock } from "@/lib/db/embedded-lock";
import { env } from "@/lib/env";

/**
 * The app's database: the one Prisma client, and the bulk-write pool that sync pages use.
 * `npm run dev` starts the embedded PGlite and passes its URL as DATABASE_URL; a process started
 * without it finds the running embedded server by its lock file. Cached on globalThis outside
 * production so hot reloads reuse one pool. Tools (CLI, seed, tests, benchmarks) create their
 * own with lib/db/client.ts and pass them to the data layer the same way.
 */
function databaseUrl(): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const live = readLiveLock(env.PGLITE_DATA_DIR);
  return embeddedUrl(live?.port ?? env.PGLITE_PORT);
}

const globalForDb = globalThis as unknown as { prisma?: Db; sqlPool?: SqlPool };

export const db: Db = globalForDb.prisma ?? createPrismaClient(databaseUrl());
// A pg pool opens no connection until its first query, so creating it here costs nothing.
export const sqlPool: SqlPool = globalForDb.sqlPool ?? createSqlPool(databaseUrl());
if (env.NODE_ENV !== "production") {
  globalForDb.prisma = db;
  globalForDb.sqlPool = sqlPool;
}

export type { Db, SqlPool, Tx } from "@/lib/db/client";
