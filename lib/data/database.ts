import type { Db } from "@/lib/db/client";

/**
 * The database the data layer uses. In the app it is the shared client from lib/db.ts, loaded
 * on first use; tools that own their connection (the ops CLI, the seed, tests, benchmarks)
 * hand theirs in once with `useDatabase`, so the same data functions run against it.
 */
let current: Db | undefined;

export function useDatabase(db: Db): void {
  current = db;
}

export async function getDatabase(): Promise<Db> {
  current ??= (await import("@/lib/db")).db;
  return current;
}

/** A Prisma transaction client: what `db.$transaction(async (tx) => …)` passes in. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
