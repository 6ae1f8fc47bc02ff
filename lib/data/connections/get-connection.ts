import { connectionViewSelect, type ConnectionView } from "@/lib/data/connections/connection-view";
import type { Db } from "@/lib/db/client";

export interface GetConnectionOptions {
  db: Db;
  organizationId: string;
  connectionId: string;
}

/** One connection of the organisation (never its credentials), or null. */
export async function getConnection(options: GetConnectionOptions): Promise<ConnectionView | null> {
  const { db } = options;
  return db.connection.findFirst({
    where: { id: options.connectionId, organizationId: options.organizationId },
    select: connectionViewSelect,
  });
}
