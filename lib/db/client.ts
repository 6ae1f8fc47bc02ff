import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client over the pg driver adapter (no native engine), for any PostgreSQL URL. */
export function createPrismaClient(connectionString: string, opts: { max?: number } = {}) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: opts.max ?? 10 }) });
}

export type Db = ReturnType<typeof createPrismaClient>;
