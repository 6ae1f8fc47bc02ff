import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { embeddedUrl, readLiveLock } from "@/lib/db/embedded";
import { env } from "@/lib/env";

/**
 * The one Prisma client. `npm run dev` starts the embedded PGlite and passes its URL as
 * DATABASE_URL; a process started without it finds the running embedded server by its lock
 * file. Cached on globalThis outside production so hot reloads reuse one pool.
 */
function databaseUrl(): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const live = readLiveLock(env.PGLITE_DATA_DIR);
  return embeddedUrl(live?.port ?? env.PGLITE_PORT);
}

const globalForPrisma = globalThis as unknown as { prisma?: Db };

export const db: Db = globalForPrisma.prisma ?? createPrismaClient(databaseUrl());
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type { Db };
