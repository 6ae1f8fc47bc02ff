import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client over the pg driver adapter (no native engine), for any PostgreSQL URL. */
export function createPrismaClient(connectionString: string, opts: { max?: number } = {}) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: opts.max ?? 10 }) });
}

export type Db = ReturnType<typeof createPrismaClient>;

/** A Prisma transaction client: what `db.$transaction(async (tx) => …)` passes in. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * The bulk-write pool: a plain `pg` pool on the same database. Sync pages (tens of thousands of
 * rows) go through it because Prisma's raw-query parameter handling allocates several copies of
 * every array it passes, which was half the time and most of the memory of a page.
 */
export type SqlPool = pg.Pool;

export function createSqlPool(connectionString: string, opts: { max?: number } = {}): SqlPool {
  const pool = new pg.Pool({ connectionString, max: opts.max ?? 4 });
  // An idle client's error (the server restarted) must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  return pool;
}

/** Runs `fn` in a transaction on one pooled `pg` connection. */
export async function withSqlTransaction<T>(pool: SqlPool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
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
