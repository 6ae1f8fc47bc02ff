import type { IntegrationDefinition } from "@/lib/integrations/types";

/**
 * What the sync engine syncs and how often. A resource's schedule is how often the cron
 * fan-out starts it; its freshness target is how old its last success may get before the
 * connection's health says "stale" (a few missed schedules, not one slow run).
 */
export const SYNC_RESOURCES = ["products", "stocks", "orders", "sales"] as const;
export type SyncResourceName = (typeof SYNC_RESOURCES)[number];

export const SYNC_PROVIDERS = ["wildberries", "ozon"] as const;
export type SyncProvider = (typeof SYNC_PROVIDERS)[number];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface ResourceSchedule {
  everyMs: number;
  freshnessMs: number;
}

export const RESOURCE_SCHEDULES: Record<SyncResourceName, ResourceSchedule> = {
  // WB statistics allow one orders call a minute; every 30 min keeps the dashboard current.
  orders: { everyMs: 30 * MINUTE, freshnessMs: 3 * HOUR },
  sales: { everyMs: HOUR, freshnessMs: 6 * HOUR },
  stocks: { everyMs: HOUR, freshnessMs: 6 * HOUR },
  products: { everyMs: 6 * HOUR, freshnessMs: 36 * HOUR },
};

export function isSyncProvider(provider: string): provider is SyncProvider {
  return (SYNC_PROVIDERS as readonly string[]).includes(provider);
}

export function isSyncResource(resource: string): resource is SyncResourceName {
  return (SYNC_RESOURCES as readonly string[]).includes(resource);
}

/** The schedule in the shape the due-syncs query takes: the marketplaces synced and each resource's interval. */
export function dueSyncOptions(): { providers: readonly SyncProvider[]; everyMs: Record<SyncResourceName, number> } {
  const everyMs = Object.fromEntries(SYNC_RESOURCES.map((resource) => [resource, RESOURCE_SCHEDULES[resource].everyMs]));
  return { providers: SYNC_PROVIDERS, everyMs: everyMs as Record<SyncResourceName, number> };
}

/** Resources the provider declares it can sync (capabilities "sync:<resource>"). */
export function syncableResources(integration: Pick<IntegrationDefinition, "capabilities">): SyncResourceName[] {
  const capabilities = integration.capabilities as string[];
  return SYNC_RESOURCES.filter((r) => capabilities.includes(`sync:${r}`));
}
