import type { Db } from "@/lib/db/client";

/**
 * The demo organisation a fresh `npm run dev` opens on. People first; then, if the sandbox is
 * up, one Wildberries and one Ozon shop connected to its demo accounts.
 */
export const DEMO_ORG_SLUG = "demo";
export const DEMO_PEOPLE = [
  { phone: "+79990000000", name: "Анна Владелец", role: "owner" as const },
  { phone: "+79990000003", name: "Михаил Менеджер", role: "manager" as const },
  { phone: "+79990000002", name: "Ольга Наблюдатель", role: "viewer" as const },
];
export const DEMO_ADMIN_PHONE = "+79990000001";

export async function seedDemoWorkspace(opts: { db: Db; sandboxUrl?: string }): Promise<string> {
  const { db } = opts;
  const org = await db.organization.upsert({
    where: { slug: DEMO_ORG_SLUG },
    update: {},
    create: { slug: DEMO_ORG_SLUG, name: "Демо-магазин", inn: "7707083893", legalName: "ПАО Сбербанк", kpp: "773601001", ogrn: "1027700132195" },
  });
  for (const person of DEMO_PEOPLE) {
    const user = await db.user.upsert({ where: { phone: person.phone }, update: {}, create: { phone: person.phone, name: person.name } });
    await db.membership.upsert({
      where: { userId_organizationId: { userId: user.id, organizationId: org.id } },
      update: {},
      create: { userId: user.id, organizationId: org.id, role: person.role },
    });
  }
  await db.user.upsert({
    where: { phone: DEMO_ADMIN_PHONE },
    update: { isPlatformAdmin: true },
    create: { phone: DEMO_ADMIN_PHONE, name: "Администратор платформы", isPlatformAdmin: true },
  });
  return `Demo organisation "${org.slug}" ready with ${DEMO_PEOPLE.length} members and a platform admin.`;
}
