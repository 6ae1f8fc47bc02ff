import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

export interface UserOrganization {
  membershipId: string;
  organizationId: string;
  name: string;
  slug: string;
  role: Role;
}

/** Every organisation the user belongs to, oldest membership first (the default active one). */
export async function listUserOrganizations(options: { db: Db; userId: string }): Promise<UserOrganization[]> {
  const rows = await options.db.membership.findMany({
    where: { userId: options.userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, organization: { select: { id: true, name: true, slug: true } } },
  });
  return rows.map((r) => ({
    membershipId: r.id,
    organizationId: r.organization.id,
    name: r.organization.name,
    slug: r.organization.slug,
    role: r.role,
  }));
}
