import type { Db } from "@/lib/db/client";

/** The cheapest round trip to the database, for /api/health: proves a connection and a query. */
export async function pingDatabase({ db }: { db: Db }): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
