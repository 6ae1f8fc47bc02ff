import "server-only";
import { ConnectionError } from "@/lib/connections/errors";
import type { Db } from "@/lib/db/client";
import { assertMayManageConnection } from "@/lib/connections/manage-role";
import type { Role } from "@/lib/generated/prisma/enums";

export interface DeleteConnectionOptions {
  db: Db;
  organizationId: string;
  connectionId: string;
  /** The caller's role: a payment provider's connection is the owner's alone. */
  actorRole?: Role;
}

/**
 * Deletes a connection and everything synced through it. Runs, cursors and health rows go by
 * the foreign keys' cascade; the marketplace rows carry only the connection id (no foreign key,
 * to keep million-row upserts cheap), so they are deleted here, in the same transaction, or the
 * shop's orders would stay in the views after the shop is gone.
 */
export async function deleteConnection(options: DeleteConnectionOptions): Promise<{ provider: string; name: string }> {
  const { db } = options;
  return db.$transaction(
    async (tx) => {
      const row = await tx.connection.findFirst({
        where: { id: options.connectionId, organizationId: options.organizationId },
        select: { id: true, provider: true, name: true },
      });
      if (!row) throw new ConnectionError("not_found", "Connection not found");
      assertMayManageConnection({ provider: row.provider, actorRole: options.actorRole });
      const where = { connectionId: row.id, organizationId: options.organizationId };
      await tx.sale.deleteMany({ where });
      await tx.order.deleteMany({ where });
      await tx.stockSnapshot.deleteMany({ where });
      await tx.stock.deleteMany({ where });
      await tx.product.deleteMany({ where });
      await tx.connection.delete({ where: { id: row.id } });
      return { provider: row.provider, name: row.name };
    },
    { timeout: 5 * 60_000, maxWait: 30_000 },
  );
}
