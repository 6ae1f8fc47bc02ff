import { connectionViewSelect, type ConnectionView } from "@/lib/data/connections/connection-view";
import { getDatabase } from "@/lib/data/database";

export interface ListConnectionsOptions {
  organizationId: string;
  provider?: string;
  status?: "active" | "disabled";
}

/** The organisation's connections, oldest first, without credentials. */
export async function listConnections(options: ListConnectionsOptions): Promise<ConnectionView[]> {
  const db = await getDatabase();
  return db.connection.findMany({
    where: { organizationId: options.organizationId, provider: options.provider, status: options.status },
    select: connectionViewSelect,
    orderBy: { createdAt: "asc" },
  });
}
