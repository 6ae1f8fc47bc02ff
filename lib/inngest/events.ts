import { eventType } from "inngest";
import { z } from "zod";
import { SYNC_RESOURCES } from "@/lib/connections/sync-resources";

/**
 * Every event the app sends or handles, with its data validated by zod: the SDK checks sent
 * events against these schemas and types each function's `event.data` from them.
 */
const healthState = z.enum(["unknown", "healthy", "degraded", "auth_failed", "token_expiring", "stale", "disabled"]);

/** "Sync now", the scheduler, and a long run handing over to its continuation (`syncRunId`). */
export const syncRequested = eventType("sync.requested", {
  schema: z.object({
    organizationId: z.string().min(1),
    connectionId: z.string().min(1),
    resource: z.enum(SYNC_RESOURCES),
    trigger: z.enum(["schedule", "manual"]),
    /** Continue this SyncRun (its cursor is in the database) instead of starting a new one. */
    syncRunId: z.string().min(1).optional(),
  }),
});

/** Run the integration's live check for one connection (sent by the health cron). */
export const connectionCheckRequested = eventType("connection.check.requested", {
  schema: z.object({
    organizationId: z.string().min(1),
    connectionId: z.string().min(1),
  }),
});

/** A connection's health state changed; the transition is recorded, the alert follows. */
export const connectionHealthChanged = eventType("connection.health.changed", {
  schema: z.object({
    organizationId: z.string().min(1),
    connectionId: z.string().min(1),
    transitionId: z.string().min(1),
    fromState: healthState,
    toState: healthState,
    reason: z.string(),
  }),
});

export type SyncRequestedData = z.infer<NonNullable<typeof syncRequested.schema>>;
