import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The demo organisation the seed script creates. Its INN is the one the DaData sandbox
 * knows in full (Sberbank); the phones log in through the sandbox SMS inbox. Idempotent:
 * running it again changes nothing but brings the rows back to these values.
 */
export const DEMO_ORGANIZATION = {
  slug: "demo",
  name: "Демо-магазин",
  inn: "7707083893",
  kpp: "773601001",
  ogrn: "1027700132195",
  legalName: 'ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО "СБЕРБАНК РОССИИ"',
  address: "117312, г Москва, ул Вавилова, д 19",
} as const;

export const DEMO_USERS: ReadonlyArray<{ phone: string; name: string; role: Role | null; isPlatformAdmin: boolean }> = [
  { phone: "+79990000000", name: "Ольга Владелец", role: "owner", isPlatformAdmin: false },
  { phone: "+79990000003", name: "Максим Менеджер", role: "manager", isPlatformAdmin: false },
  { phone: "+79990000002", name: "Вера Наблюдатель", role: "viewer", isPlatformAdmin: false },
  // The platform admin watches integrations across organisations; no membership needed.
  { phone: "+79990000001", name: "Админ Платформы", role: null, isPlatformAdmin: true },
];

export async function seedDemoOrganization({ db }: { db: Db }): Promise<{ organizationId: string; userIds: Record<string, string> }> {
  const { slug, ...details } = DEMO_ORGANIZATION;
  const organization = await db.organization.upsert({
    where: { slug },
    create: { slug, ...details },
    update: details,
    select: { id: true },
  });
  const userIds: Record<string, string> = {};
  for (const demo of DEMO_USERS) {
    const user = await db.user.upsert({
      where: { phone: demo.phone },
      create: { phone: demo.phone, name: demo.name, isPlatformAdmin: demo.isPlatformAdmin },
      update: { name: demo.name, isPlatformAdmin: demo.isPlatformAdmin },
      select: { id: true },
    });
    userIds[demo.phone] = user.id;
    if (demo.role) {
      await db.membership.upsert({
        where: { userId_organizationId: { userId: user.id, organizationId: organization.id } },
        create: { userId: user.id, organizationId: organization.id, role: demo.role },
        update: { role: demo.role },
      });
    }
  }
  return { organizationId: organization.id, userIds };
}
