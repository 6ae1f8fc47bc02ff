import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

export interface MembershipRecord {
  id: string;
  role: Role;
  organization: { id: string; name: string; slug: string };
}

/** The caller's membership of one organisation, or null; the tenant check is in the `where`. */
export async function findMembership(options: { db: Db; userId: string; organizationId: string }): Promise<MembershipRecord | null> {
  return options.db.membership.findUnique({
    where: { userId_organizationId: { userId: options.userId, organizationId: options.organizationId } },
    select: { id: true, role: true, organization: { select: { id: true, name: true, slug: true } } },
  });
}
