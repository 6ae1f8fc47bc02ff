import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { organizationSlug } from "@/lib/organizations/organization-slug";
import type { CreateOrganizationInput } from "@/lib/validations/organization";

/** Shown beside the INN: the organisation exists, and the way in is an invitation from its owner. */
const alreadyConnected = () =>
  new AppError("conflict", "an organisation with this INN exists", { field: "inn", params: { reason: "organizationExists" } });

function isInnTaken(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  // Prisma names the columns (meta.target) or, through the driver adapter, the index it broke.
  return /"inn"|Organization_inn_key/.test(JSON.stringify(error.meta ?? {}));
}

/**
 * Creates an organisation and makes its creator the owner, in one transaction. One organisation
 * per INN: the unique index decides, so of two sign-ups racing with the same INN exactly one wins
 * and the other gets the "ask the owner to invite you" answer, never a silent second copy.
 */
export async function createOrganizationWithOwner(options: { db: Db; userId: string; input: CreateOrganizationInput }) {
  const { input } = options;
  try {
    return await options.db.$transaction(async (tx) => {
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
  } catch (error) {
    if (isInnTaken(error)) throw alreadyConnected();
    throw error;
  }
}
