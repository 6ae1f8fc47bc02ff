import type { Db } from "@/lib/db/client";
import { organizationSlug } from "@/lib/organizations/organization-slug";
import type { CreateOrganizationInput } from "@/lib/validations/organization";

/** Creates an organisation and makes its creator the owner, in one transaction. */
export async function createOrganizationWithOwner(options: { db: Db; userId: string; input: CreateOrganizationInput }) {
  const { input } = options;
  return options.db.$transaction(async (tx) => {
    const organization = await tx.organization.create({
      data: {
        slug: organizationSlug(input.name),
        name: input.name,
        inn: input.inn,
        kpp: input.kpp ?? null,
        ogrn: input.ogrn ?? null,
        legalName: input.legalName ?? null,
        address: input.address ?? null,
      },
      select: { id: true, slug: true, name: true },
    });
    await tx.membership.create({ data: { userId: options.userId, organizationId: organization.id, role: "owner" } });
    return organization;
  });
}
