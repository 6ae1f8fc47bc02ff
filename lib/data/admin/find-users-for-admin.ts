import type { Db } from "@/lib/db/client";

/** Users whose phone starts with `phonePrefix` (digits and +), for the admin's block control. */
export async function findUsersForAdmin(options: { db: Db; phonePrefix: string; take?: number }) {
  return options.db.user.findMany({
    where: { phone: { startsWith: options.phonePrefix } },
    orderBy: { phone: "asc" },
    take: options.take ?? 20,
    select: { id: true, phone: true, name: true, isPlatformAdmin: true, blockedAt: true, lastLoginAt: true },
  });
}
