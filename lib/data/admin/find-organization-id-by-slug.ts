import type { Db } from "@/lib/db/client";

/** For the ops CLI, which names organisations by slug: any organisation, or null. */
export async function findOrganizationIdBySlug({ db, slug }: { db: Db; slug: string }): Promise<string | null> {
  const org = await db.organization.findUnique({ where: { slug }, select: { id: true } });
  return org?.id ?? null;
}
