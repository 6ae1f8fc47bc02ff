import { connectionViewSelect, type ConnectionView } from "@/lib/data/connections/connection-view";
import { getDatabase } from "@/lib/data/database";

export interface GetConnectionOptions {
  organizationId: string;
  connectionId: string;
}

/** One connection of the organisation (never its credentials), or null. */
export async function getConnection(options: GetConnectionOptions): Promise<ConnectionView | null> {
  const db = await getDatabase();
  return db.connection.findFirst({
    where: { id: options.connectionId, organizationId: options.organizationId },
    select: connectionViewSelect,
  });
}
