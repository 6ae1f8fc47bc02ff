import "server-only";
import { cookies } from "next/headers";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { listUserOrganizations, type UserOrganization } from "@/lib/data/organizations/list-user-organizations";

/**
 * Which organisation the person is working in. The cookie only *selects*: every use is
 * re-checked against memberships, so a forged cookie falls back to a real membership.
 */
export const ACTIVE_ORGANIZATION_COOKIE = "active_org";

export async function readActiveOrganizationId(): Promise<string | undefined> {
  return (await cookies()).get(ACTIVE_ORGANIZATION_COOKIE)?.value;
}

export async function writeActiveOrganizationId(organizationId: string): Promise<void> {
  (await cookies()).set(ACTIVE_ORGANIZATION_COOKIE, organizationId, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    maxAge: 60 * 60 * 24 * 365,
  });
}

export function pickActiveOrganization(organizations: UserOrganization[], preferredId: string | undefined): UserOrganization | null {
  return organizations.find((o) => o.organizationId === preferredId) ?? organizations[0] ?? null;
}

export async function resolveActiveOrganization(db: Db, userId: string) {
  const organizations = await listUserOrganizations({ db, userId });
  return { organizations, active: pickActiveOrganization(organizations, await readActiveOrganizationId()) };
}
