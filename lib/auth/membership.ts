import type { Db } from "@/lib/db/client";
import { findMembership, type MembershipRecord } from "@/lib/data/organizations/find-membership";
import { AppError } from "@/lib/errors/app-error";
import { hasRole, type Role } from "@/lib/auth/roles";

/**
 * The authorisation rule every action and route handler goes through (via requireMembership):
 * - not a member of that organisation, or it does not exist → not_found (404), so ids of
 *   other tenants cannot be probed;
 * - a member whose role is too low → forbidden (403).
 * It only reads; a refused caller has written nothing.
 */
export async function checkMembership(options: {
  db: Db;
  userId: string;
  organizationId: string;
  minRole: Role;
}): Promise<MembershipRecord> {
  const membership = await findMembership({ db: options.db, userId: options.userId, organizationId: options.organizationId });
  if (!membership) throw new AppError("not_found", "not a member of this organisation");
  if (!hasRole(membership.role, options.minRole)) {
    throw new AppError("forbidden", `role ${membership.role} is below ${options.minRole}`, { params: { role: membership.role } });
  }
  return membership;
}
