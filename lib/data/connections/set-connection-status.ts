import "server-only";
import { connectionViewSelect, type ConnectionView } from "@/lib/data/connections/connection-view";
import { ConnectionError } from "@/lib/connections/errors";
import type { Db } from "@/lib/db/client";
import type { HealthTransitionRecord } from "@/lib/data/health/apply-health-observation";
import { assertMayManageConnection } from "@/lib/connections/manage-role";
import type { Role } from "@/lib/generated/prisma/enums";

export interface SetConnectionStatusOptions {
  db: Db;
  organizationId: string;
  connectionId: string;
  status: "active" | "disabled";
  /** The caller's role: a payment provider's connection is the owner's alone. */
  actorRole?: Role;
}

export interface ConnectionStatusChange {
  connection: ConnectionView;
  transition: HealthTransitionRecord | null;
}

/**
 * Disables or re-enables a connection by hand. Disabling stops scheduled syncs and checks and
 * records the health transition (alerts see it like any other). Enabling starts from a clean
 * slate, "unknown" with no failures counted, until the caller's live check judges it again.
 */
export async function setConnectionStatus(options: SetConnectionStatusOptions): Promise<ConnectionStatusChange> {
  const { db } = options;
  return db.$transaction(async (tx) => {
    await tx.$queryRawUnsafe(
      `SELECT 1 FROM "Connection" WHERE id = $1 AND "organizationId" = $2 FOR UPDATE`,
      options.connectionId,
      options.organizationId,
    );
    const current = await tx.connection.findFirst({
      where: { id: options.connectionId, organizationId: options.organizationId },
      select: { id: true, provider: true, status: true, health: true },
    });
    if (!current) throw new ConnectionError("not_found", "Connection not found");
    assertMayManageConnection({ provider: current.provider, actorRole: options.actorRole });
    if (current.status === options.status) {
      const connection = await tx.connection.findUniqueOrThrow({ where: { id: current.id }, select: connectionViewSelect });
      return { connection, transition: null };
    }
    const now = new Date();
    const disabling = options.status === "disabled";
    const toState = disabling ? "disabled" : "unknown";
    const reason = disabling ? "disabled by a person" : "enabled by a person";
    const connection = await tx.connection.update({
      where: { id: current.id },
      data: {
        status: options.status,
        disabledReason: disabling ? "manual" : null,
        health: toState,
        healthReason: reason,
        healthChangedAt: now,
        ...(disabling ? {} : { consecutiveFailures: 0 }),
      },
      select: connectionViewSelect,
    });
    const row = await tx.healthTransition.create({
      data: {
        connectionId: current.id,
        organizationId: options.organizationId,
        fromState: current.health,
        toState,
        reason,
        createdAt: now,
      },
      select: { id: true },
    });
    const transition: HealthTransitionRecord = {
      id: String(row.id),
      connectionId: current.id,
      organizationId: options.organizationId,
      fromState: current.health,
      toState,
      reason,
    };
    return { connection, transition };
  });
}
