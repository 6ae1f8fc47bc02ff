import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

/**
 * What each role may do. Owners run the organisation (team, billing, deleting connections);
 * managers run the shops (connections, syncs); viewers only look.
 */
const ROLE_RANK: Record<Role, number> = { viewer: 0, manager: 1, owner: 2 };

export function hasRole(role: Role, minRole: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[minRole];
}

/** Anything that writes: connections, syncs, settings. A viewer never can. */
export const canEdit = (role: Role) => hasRole(role, "manager");

/** Team management: invite, change roles, remove members. */
export const canManageTeam = (role: Role) => hasRole(role, "owner");

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && Object.hasOwn(ROLE_RANK, value);
}
