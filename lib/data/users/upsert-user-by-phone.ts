import type { Db } from "@/lib/db/client";

export interface SessionUserRecord {
  id: string;
  phone: string;
  name: string | null;
  isPlatformAdmin: boolean;
}

export const sessionUserSelect = { id: true, phone: true, name: true, isPlatformAdmin: true } as const;

/** The user who just proved they own `phone`; created on first login. */
export async function upsertUserByPhone(options: { db: Db; phone: string; now?: Date; locale?: string }): Promise<SessionUserRecord> {
  const now = options.now ?? new Date();
  return options.db.user.upsert({
    where: { phone: options.phone },
    create: { phone: options.phone, lastLoginAt: now, ...(options.locale ? { locale: options.locale } : {}) },
    update: { lastLoginAt: now },
    select: sessionUserSelect,
  });
}

export async function getUserById(options: { db: Db; userId: string }): Promise<SessionUserRecord | null> {
  return options.db.user.findUnique({ where: { id: options.userId }, select: sessionUserSelect });
}

export async function getUserByPhone(options: { db: Db; phone: string }): Promise<SessionUserRecord | null> {
  return options.db.user.findUnique({ where: { phone: options.phone }, select: sessionUserSelect });
}
