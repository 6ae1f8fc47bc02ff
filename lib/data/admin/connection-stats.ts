import "server-only";
import type { Db } from "@/lib/db/client";

export interface ConnectionStats {
  /** Checks and syncs recorded in the window. */
  checks: number;
  failures: number;
  /** failures / checks, or null with nothing recorded. */
  errorRate: number | null;
  /** Median latency of the successful calls: a few slow outliers do not hide a normal day. */
  p50LatencyMs: number | null;
  avgLatencyMs: number | null;
}

export interface ResourceFreshness {
  resource: string;
  lastSuccessAt: Date | null;
}

export const STATS_WINDOW_MS = 24 * 60 * 60_000;

/** One SQL pass over the window's HealthCheck rows (its index is connectionId + checkedAt). */
export async function readConnectionStats(options: { db: Db; connectionIds: string[]; now?: Date }): Promise<Map<string, ConnectionStats>> {
  const { db, connectionIds, now = new Date() } = options;
  if (connectionIds.length === 0) return new Map();
  const rows = await db.$queryRawUnsafe<
    Array<{ connectionId: string; checks: bigint; failures: bigint; p50: number | null; avg: number | null }>
  >(
    `SELECT "connectionId",
            count(*) AS checks,
            count(*) FILTER (WHERE NOT ok) AS failures,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY "latencyMs") FILTER (WHERE ok AND "latencyMs" IS NOT NULL) AS p50,
            avg("latencyMs") FILTER (WHERE ok) AS avg
       FROM "HealthCheck"
      WHERE "connectionId" = ANY($1::text[]) AND "checkedAt" >= $2
      GROUP BY "connectionId"`,
    connectionIds,
    new Date(now.getTime() - STATS_WINDOW_MS),
  );
  return new Map(
    rows.map((r) => {
      const checks = Number(r.checks);
      const failures = Number(r.failures);
      return [
        r.connectionId,
        {
          checks,
          failures,
          errorRate: checks ? failures / checks : null,
          p50LatencyMs: r.p50 === null ? null : Math.round(Number(r.p50)),
          avgLatencyMs: r.avg === null ? null : Math.round(Number(r.avg)),
        },
      ];
    }),
  );
}

/** When each resource last synced completely, per connection. */
export async function readFreshness(options: { db: Db; connectionIds: string[] }): Promise<Map<string, ResourceFreshness[]>> {
  const cursors = await options.db.syncCursor.findMany({
    where: { connectionId: { in: options.connectionIds } },
    select: { connectionId: true, resource: true, lastSuccessAt: true },
    orderBy: { resource: "asc" },
  });
  const byConnection = new Map<string, ResourceFreshness[]>();
  for (const c of cursors) {
    const list = byConnection.get(c.connectionId) ?? [];
    list.push({ resource: c.resource, lastSuccessAt: c.lastSuccessAt });
    byConnection.set(c.connectionId, list);
  }
  return byConnection;
}
