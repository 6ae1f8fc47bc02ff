import { createPrismaClient } from "@/lib/db/client";
import { listSyncableConnectionsAcrossOrganizations } from "@/lib/data/admin/list-syncable-connections-across-organizations";

const RESOURCES = ["products", "stocks", "orders", "sales"] as const;
const MARKETPLACES = ["wildberries", "ozon"];

/**
 * Right after `npm run dev` is up, asks for a sync of every resource of every active marketplace
 * connection, so the demo shows fresh data at once instead of waiting for the scheduler's tick.
 * Events go to the local executor exactly as `inngest.send()` would send them.
 */
export async function kickOffSyncs(opts: { databaseUrl: string; executorUrl: string }): Promise<number> {
  const db = createPrismaClient(opts.databaseUrl, { max: 1 });
  try {
    const connections = await listSyncableConnectionsAcrossOrganizations({
      db,
      providers: MARKETPLACES,
      includeAuthFailed: true,
      take: 1000,
    });
    const events = connections.flatMap((c) =>
      RESOURCES.map((resource) => ({
        name: "sync.requested",
        data: { organizationId: c.organizationId, connectionId: c.id, resource, trigger: "schedule" },
      })),
    );
    if (events.length === 0) return 0;
    const res = await fetch(`${opts.executorUrl}/e/dev`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(events),
    });
    if (!res.ok) throw new Error(`executor refused the events: HTTP ${res.status}`);
    return events.length;
  } finally {
    await db.$disconnect();
  }
}
