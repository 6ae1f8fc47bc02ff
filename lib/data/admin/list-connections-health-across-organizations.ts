import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AdminHealthFilter } from "@/lib/validations/connections";
import { readConnectionStats, readFreshness, type ConnectionStats, type ResourceFreshness } from "@/lib/data/admin/connection-stats";

export const ADMIN_PAGE_SIZE = 50;

export interface AdminConnectionRow extends ConnectionStats {
  connectionId: string;
  organizationId: string;
  organizationName: string;
  organizationSlug: string;
  provider: string;
  name: string;
  status: string;
  health: string;
  healthReason: string | null;
  healthChangedAt: Date | null;
  tokenExpiresAt: Date | null;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  freshness: ResourceFreshness[];
}

export interface AdminConnectionPage {
  rows: AdminConnectionRow[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * Platform admins only (the caller checks the flag; the admin page and the CLI's `health`): connections of every organisation, worst
 * first, with the last 24 h of checks and syncs summarised and each resource's freshness.
 * Filters are the URL's: state, provider, and a search over organisation name, slug and INN.
 */
export async function listConnectionsHealthAcrossOrganizations(options: {
  db: Db;
  filter: AdminHealthFilter;
  /** Narrows to one organisation (the CLI's --org); the admin page lists them all. */
  organizationId?: string;
  pageSize?: number;
}): Promise<AdminConnectionPage> {
  const { db, filter, pageSize = ADMIN_PAGE_SIZE } = options;
  const where: Prisma.ConnectionWhereInput = {
    ...(options.organizationId ? { organizationId: options.organizationId } : {}),
    ...(filter.state ? { health: filter.state } : {}),
    ...(filter.provider ? { provider: filter.provider } : {}),
    ...(filter.q
      ? {
          organization: {
            OR: [
              { name: { contains: filter.q, mode: "insensitive" } },
              { slug: { contains: filter.q, mode: "insensitive" } },
              { inn: { startsWith: filter.q } },
            ],
          },
        }
      : {}),
  };
  const [total, connections] = await Promise.all([
    db.connection.count({ where }),
    db.connection.findMany({
      where,
      select: {
        id: true,
        organizationId: true,
        provider: true,
        name: true,
        status: true,
        health: true,
        healthReason: true,
        healthChangedAt: true,
        tokenExpiresAt: true,
        lastSuccessAt: true,
        lastErrorAt: true,
        lastErrorCode: true,
        lastErrorMessage: true,
        organization: { select: { name: true, slug: true } },
      },
      // Problems first: the enum order puts healthy low, disabled/auth failures high.
      orderBy: [{ health: "desc" }, { healthChangedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: (filter.page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  const ids = connections.map((c) => c.id);
  const [stats, freshness] = await Promise.all([
    readConnectionStats({ db, connectionIds: ids }),
    readFreshness({ db, connectionIds: ids }),
  ]);
  const rows = connections.map(({ id, organization, ...c }) => ({
    ...c,
    connectionId: id,
    organizationName: organization.name,
    organizationSlug: organization.slug,
    ...(stats.get(id) ?? { checks: 0, failures: 0, errorRate: null, p50LatencyMs: null, avgLatencyMs: null }),
    freshness: freshness.get(id) ?? [],
  }));
  return { rows, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
