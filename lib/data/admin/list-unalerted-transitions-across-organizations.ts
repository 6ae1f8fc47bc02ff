import type { Db } from "@/lib/db/client";
import type { HealthTransitionRecord } from "@/lib/data/health/apply-health-observation";

/**
 * Platform-wide, for the health cron: transitions whose alert has not been delivered (the
 * event was lost, or the change was recorded by the CLI, which runs without Inngest).
 */
export async function listUnalertedTransitionsAcrossOrganizations(options: {
  db: Db;
  olderThan: Date;
  take?: number;
}): Promise<HealthTransitionRecord[]> {
  const { db } = options;
  const rows = await db.healthTransition.findMany({
    where: { alertedAt: null, createdAt: { lt: options.olderThan } },
    orderBy: { id: "asc" },
    take: options.take ?? 100,
  });
  return rows.map((r) => ({
    id: String(r.id),
    connectionId: r.connectionId,
    organizationId: r.organizationId,
    fromState: r.fromState,
    toState: r.toState,
    reason: r.reason ?? "",
  }));
}
