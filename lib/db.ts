import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * The one Prisma client. `npm run dev` starts the embedded PGlite and hands its URL to the app
 * as DATABASE_URL, so at run time the app always talks to a PostgreSQL socket. Cached on
 * globalThis outside production so hot reloads do not open a new pool each time.
 */
export function createPrismaClient(connectionString: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

function databaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm run dev` (it runs the embedded database) or set DATABASE_URL.");
  }
  return env.DATABASE_URL;
}

export const db = globalForPrisma.prisma ?? createPrismaClient(databaseUrl());
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = typeof db;
