import { getDatabase } from "@/lib/data/database";

export interface ConnectionHealthRow {
  connectionId: string;
  organizationId: string;
  organizationName: string;
  provider: string;
  name: string;
  status: string;
  health: string;
  healthReason: string | null;
  healthChangedAt: Date | null;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  /** Over the last 24 h of checks and syncs. */
  errorRate: number | null;
  avgLatencyMs: number | null;
}

/**
 * Health of connections for the admin page: every organisation when `organizationId` is
 * omitted (platform admins only — the caller checks the flag), else one organisation's.
 */
export async function listConnectionHealth(options: { organizationId?: string; take?: number } = {}): Promise<ConnectionHealthRow[]> {
  const db = await getDatabase();
  const since = new Date(Date.now() - 86_400_000);
  const connections = await db.connection.findMany({
    where: options.organizationId ? { organizationId: options.organizationId } : {},
    select: {
      id: true,
      organizationId: true,
      provider: true,
      name: true,
      status: true,
      health: true,
      healthReason: true,
      healthChangedAt: true,
      lastSuccessAt: true,
      lastErrorAt: true,
      lastErrorCode: true,
      lastErrorMessage: true,
      organization: { select: { name: true } },
    },
    orderBy: [{ health: "desc" }, { healthChangedAt: "desc" }],
    take: options.take ?? 500,
  });
  const stats = await db.healthCheck.groupBy({
    by: ["connectionId", "ok"],
    where: { connectionId: { in: connections.map((c) => c.id) }, checkedAt: { gte: since } },
    _count: { _all: true },
    _avg: { latencyMs: true },
  });
  return connections.map((c) => {
    const mine = stats.filter((s) => s.connectionId === c.id);
    const total = mine.reduce((sum, s) => sum + s._count._all, 0);
    const failed = mine.filter((s) => !s.ok).reduce((sum, s) => sum + s._count._all, 0);
    const ok = mine.find((s) => s.ok);
    return {
      connectionId: c.id,
      organizationId: c.organizationId,
      organizationName: c.organization.name,
      provider: c.provider,
      name: c.name,
      status: c.status,
      health: c.health,
      healthReason: c.healthReason,
      healthChangedAt: c.healthChangedAt,
      lastSuccessAt: c.lastSuccessAt,
      lastErrorAt: c.lastErrorAt,
      lastErrorCode: c.lastErrorCode,
      lastErrorMessage: c.lastErrorMessage,
      errorRate: total ? failed / total : null,
      avgLatencyMs: ok?._avg.latencyMs != null ? Math.round(ok._avg.latencyMs) : null,
    };
  });
}
