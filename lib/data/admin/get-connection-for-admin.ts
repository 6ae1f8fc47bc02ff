import "server-only";
import { connectionViewSelect } from "@/lib/data/connections/connection-view";
import type { Db } from "@/lib/db/client";
import { syncRunSelect } from "@/lib/data/sync/sync-run-view";
import { readConnectionStats, readFreshness } from "@/lib/data/admin/connection-stats";

/**
 * Platform admins only (the caller checks the flag): one connection of any organisation with
 * its recent runs, checks and state changes, for /admin/connections/[id]. Never its credentials.
 */
export async function getConnectionForAdmin(options: { db: Db; connectionId: string; take?: number }) {
  const { db } = options;
  const connection = await db.connection.findUnique({
    where: { id: options.connectionId },
    select: { ...connectionViewSelect, organization: { select: { name: true, slug: true } } },
  });
  if (!connection) return null;
  const take = options.take ?? 50;
  const [runs, checks, transitions, stats, freshness] = await Promise.all([
    db.syncRun.findMany({ where: { connectionId: connection.id }, select: syncRunSelect, orderBy: { queuedAt: "desc" }, take }),
    db.healthCheck.findMany({
      where: { connectionId: connection.id },
      select: { id: true, source: true, ok: true, latencyMs: true, errorCode: true, errorMessage: true, checkedAt: true },
      orderBy: { checkedAt: "desc" },
      take: 20,
    }),
    db.healthTransition.findMany({
      where: { connectionId: connection.id },
      select: { id: true, fromState: true, toState: true, reason: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 20,
    }),
    readConnectionStats({ db, connectionIds: [connection.id] }),
    readFreshness({ db, connectionIds: [connection.id] }),
  ]);
  return {
    connection,
    runs,
    checks: checks.map((c) => ({ ...c, id: String(c.id) })),
    transitions: transitions.map((t) => ({ ...t, id: String(t.id) })),
    stats: stats.get(connection.id) ?? null,
    freshness: freshness.get(connection.id) ?? [],
  };
}
