import pg from "pg";
import type { Db } from "@/lib/db/client";

/**
 * The database the data layer uses. In the app it is the shared client from lib/db.ts, loaded
 * on first use; tools that own their connection (the ops CLI, the seed, tests, benchmarks)
 * hand theirs in once with `provideDatabase`, so the same data functions run against it.
 *
 * Bulk writes (a sync page: tens of thousands of rows) go through a plain `pg` pool on the
 * same database instead: Prisma's raw-query parameter handling allocates several copies of
 * every array it passes, which was half the time and most of the memory of a page.
 */
let current: Db | undefined;
let currentUrl: string | undefined;
let pool: pg.Pool | undefined;

export function provideDatabase(db: Db, url?: string): void {
  current = db;
  currentUrl = url;
  void pool?.end();
  pool = undefined;
}

export async function getDatabase(): Promise<Db> {
  current ??= (await import("@/lib/db")).db;
  return current;
}

/** The app's database URL, resolved as lib/db.ts resolves it (DATABASE_URL, else the embedded server). */
async function appDatabaseUrl(): Promise<string> {
  const [{ env }, { embeddedUrl, readLiveLock }] = await Promise.all([import("@/lib/env"), import("@/lib/db/embedded")]);
  if (env.DATABASE_URL) return env.DATABASE_URL;
  return embeddedUrl(readLiveLock(env.PGLITE_DATA_DIR)?.port ?? env.PGLITE_PORT);
}

export async function getSqlPool(): Promise<pg.Pool> {
  if (!pool) {
    const connectionString = currentUrl ?? (await appDatabaseUrl());
    pool = new pg.Pool({ connectionString, max: 4 });
    // An idle client's error (the server restarted) must not crash the process; the next query reconnects.
    pool.on("error", () => undefined);
  }
  return pool;
}

/** Ends the bulk-write pool (tools call this before exiting). */
export async function closeSqlPool(): Promise<void> {
  const ending = pool;
  pool = undefined;
  await ending?.end();
}

/** Runs `fn` in a transaction on one pooled `pg` connection. */
export async function withSqlTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await (await getSqlPool()).connect();
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** A Prisma transaction client: what `db.$transaction(async (tx) => …)` passes in. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
