import { connectionViewSelect, type ConnectionView } from "@/lib/data/connections/connection-view";
import type { Db } from "@/lib/db/client";

export interface ListConnectionsOptions {
  db: Db;
  organizationId: string;
  provider?: string;
  status?: "active" | "disabled";
}

/** The organisation's connections, oldest first, without credentials. */
export async function listConnections(options: ListConnectionsOptions): Promise<ConnectionView[]> {
  const { db } = options;
  return db.connection.findMany({
    where: { organizationId: options.organizationId, provider: options.provider, status: options.status },
    select: connectionViewSelect,
    orderBy: { createdAt: "asc" },
  });
}
