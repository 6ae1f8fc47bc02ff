import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Role changes and removals, scoped by organisation in every `where`. An organisation always
 * keeps at least one owner, so nobody can lock everyone out of team management.
 */
async function memberOf(tx: Tx, organizationId: string, membershipId: string) {
  const member = await tx.membership.findFirst({ where: { id: membershipId, organizationId }, select: { id: true, role: true } });
  if (!member) throw new AppError("not_found", "membership not in this organisation");
  return member;
}

async function assertAnotherOwner(tx: Tx, organizationId: string, membershipId: string) {
  const owners = await tx.membership.count({ where: { organizationId, role: "owner", id: { not: membershipId } } });
  if (owners === 0) throw new AppError("conflict", "last owner", { params: { reason: "lastOwner" } });
}

export async function changeMemberRole(options: { db: Db; organizationId: string; membershipId: string; role: Role }) {
  const { organizationId, membershipId, role } = options;
  return options.db.$transaction(async (tx) => {
    const member = await memberOf(tx, organizationId, membershipId);
    if (member.role === "owner" && role !== "owner") await assertAnotherOwner(tx, organizationId, membershipId);
    return tx.membership.update({ where: { id: member.id }, data: { role }, select: { id: true, role: true } });
  });
}

export async function removeMember(options: { db: Db; organizationId: string; membershipId: string }) {
  const { organizationId, membershipId } = options;
  await options.db.$transaction(async (tx) => {
    const member = await memberOf(tx, organizationId, membershipId);
    if (member.role === "owner") await assertAnotherOwner(tx, organizationId, membershipId);
    await tx.membership.delete({ where: { id: member.id } });
  });
}
