import { z } from "@/lib/validations/zod";
import { SYNC_RESOURCES } from "@/lib/connections/sync-resources";
import { withoutControlCharacters } from "@/lib/validations/list-params";

/**
 * Input of the connection actions, the sync-run polling route and the URL filters of the
 * connections, syncs and admin pages. Credentials themselves are validated by each provider's
 * own schema from the integration registry, never here.
 */
const id = z.string().trim().min(1).max(64);

export const HEALTH_STATES = ["unknown", "healthy", "degraded", "auth_failed", "token_expiring", "stale", "disabled"] as const;
export type HealthStateName = (typeof HEALTH_STATES)[number];

export const SYNC_STATUSES = ["queued", "running", "succeeded", "failed", "cancelled"] as const;
export type SyncStatusName = (typeof SYNC_STATUSES)[number];

/** The organisation the form was rendered for; requireMembership re-checks it. */
export const organizationRefSchema = z.object({ organizationId: id });

export const connectionRefSchema = organizationRefSchema.extend({ connectionId: id });
export type ConnectionRef = z.infer<typeof connectionRefSchema>;

export const createConnectionSchema = organizationRefSchema.extend({
  provider: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]*$/),
  name: z
    .string()
    .trim()
    .max(80, "tooLong")
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export const syncNowSchema = connectionRefSchema.extend({
  resource: z.enum([...SYNC_RESOURCES, "all"]),
});
export type SyncNowInput = z.infer<typeof syncNowSchema>;

/** Optional enum from a URL: an unknown value is ignored rather than an error page. */
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .optional()
    .transform((v) => ((values as readonly string[]).includes(v ?? "") ? (v as T[number]) : undefined));

const optionalId = z
  .string()
  .optional()
  .transform((v) => (v && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined));

/** GET /api/sync-runs: a connection's runs (or the organisation's) queued since an instant. */
export const syncRunsQuerySchema = z.object({
  organizationId: optionalId,
  connectionId: optionalId,
  since: z
    .string()
    .optional()
    .transform((v) => {
      const time = v ? Date.parse(v) : NaN;
      return Number.isFinite(time) ? new Date(time) : undefined;
    }),
  take: z.coerce.number().int().min(1).max(100).catch(20),
});

/** /syncs?status=&resource=&connection= */
export const syncsFilterSchema = z.object({
  status: optionalEnum(SYNC_STATUSES),
  resource: optionalEnum(SYNC_RESOURCES),
  connection: optionalId,
});
export type SyncsFilter = z.infer<typeof syncsFilterSchema>;

/** /admin/health?state=&provider=&q=&page= */
export const adminHealthFilterSchema = z.object({
  state: optionalEnum(HEALTH_STATES),
  provider: z
    .string()
    .optional()
    .transform((v) => (v && /^[a-z][a-z0-9-]{0,40}$/.test(v) ? v : undefined)),
  q: z
    .string()
    .optional()
    .transform((v) => v?.trim().slice(0, 100) || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AdminHealthFilter = z.infer<typeof adminHealthFilterSchema>;

/** One value per key from Next's searchParams (a repeated key keeps its first value), without control characters. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => {
      const first = Array.isArray(v) ? v[0] : v;
      return [k, first === undefined ? undefined : withoutControlCharacters(first)];
    }),
  );
}
