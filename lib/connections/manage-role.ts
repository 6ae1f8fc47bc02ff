import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { findIntegration } from "@/lib/integrations/all";

/**
 * Who may connect, re-key, disable, enable or delete a connection of a provider. Managers run the
 * shops; a payment provider decides where the organisation's money goes, so only an owner may
 * touch it: a manager who could swap the YooKassa shop could send the owner's payments to theirs.
 */
export function roleToManageConnection(provider: string): Role {
  return findIntegration(provider)?.category === "payments" ? "owner" : "manager";
}

/**
 * The data layer's own check, beside the action's. `actorRole` is the caller's role in the
 * organisation; only operator tools that act for the platform (the CLI, the seed) leave it out.
 */
export function assertMayManageConnection(options: { provider: string; actorRole?: Role }): void {
  const { actorRole } = options;
  if (actorRole === undefined || actorRole === "owner") return;
  if (roleToManageConnection(options.provider) === "owner" || actorRole === "viewer")
    throw new AppError("forbidden", `role ${actorRole} may not manage a ${options.provider} connection`, { params: { role: actorRole } });
}
