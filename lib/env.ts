import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/**
 * Every environment variable the app reads, validated in one place.
 * Nothing else in the codebase reads `process.env` directly.
 *
 * With no configuration at all the app runs on its embedded defaults:
 * PGlite, the local Inngest executor and the sandbox vendors (see scripts/dev.ts).
 */

const url = z.url();

export const serverSchema = {
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  APP_URL: url.default("http://127.0.0.1:3000"),

  // Database: a real PostgreSQL when set; otherwise the embedded PGlite (started by `npm run dev`).
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
    .optional(),
  PGLITE_DATA_DIR: z.string().default(".data/pglite"),
  PGLITE_PORT: z.coerce.number().int().min(1).max(65535).default(54329),

  // Auth.js signs sessions with this. Required in production; dev and tests use a fixed local value.
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  // Per-address login limits (the per-phone limits are fixed: 3 SMS an hour, 3 tries a code).
  // E2E runs, where every browser shares 127.0.0.1, may raise them.
  AUTH_IP_SMS_PER_HOUR: z.coerce.number().int().min(1).default(20),
  AUTH_IP_VERIFY_PER_10_MIN: z.coerce.number().int().min(1).default(30),
  // New organisations a caller address may create an hour (per user: 5, fixed). Callers whose
  // address is not known share one bucket, so it stays generous.
  ORG_CREATE_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(30),
  // Where the caller's address comes from (lib/auth/client-ip.ts). Nothing a client sends is
  // trusted by default: every caller then shares one address bucket and the YooKassa webhook
  // refuses all senders. Behind a proxy, set the header it overwrites (CLIENT_IP_HEADER=x-real-ip)
  // or how many proxies append to X-Forwarded-For (TRUSTED_PROXY_HOPS=1 for one load balancer).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  CLIENT_IP_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, "must be a header name such as x-real-ip")
    .transform((v) => v.toLowerCase())
    .optional(),
  // Login SMS across all callers per hour; crossing it refuses codes and alerts the admins.
  SMS_GLOBAL_PER_HOUR: z.coerce.number().int().min(1).default(500),
  // ISO 3166 country codes whose mobile numbers may receive login codes.
  SMS_ALLOWED_COUNTRIES: z
    .string()
    .regex(/^[A-Za-z]{2}(,[A-Za-z]{2})*$/, "must be comma-separated ISO country codes such as RU,KZ")
    .transform((v) => v.toUpperCase().split(","))
    .default(["RU", "KZ", "BY", "AM", "KG", "UZ"]),
  // Server-side sessions: an absolute lifetime from sign-in (never renewed by use), an idle
  // limit, and how fresh an SMS code must be for sensitive owner actions (step-up).
  SESSION_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  SESSION_IDLE_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  STEP_UP_MAX_AGE_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  // Login SMS in live mode (SMS_MODE=live). In sandbox mode the sandbox's demo account is used.
  LOGIN_SMS_PROVIDER: z.enum(["smsaero", "smsru"]).default("smsaero"),
  LOGIN_SMSAERO_EMAIL: z.string().optional(),
  LOGIN_SMSAERO_API_KEY: z.string().optional(),
  LOGIN_SMSAERO_SIGN: z.string().optional(),
  LOGIN_SMSRU_API_ID: z.string().optional(),
  // DaData for filling in a new organisation from its INN; without it, the sandbox demo key
  // is used when DADATA_SUGGESTIONS_API_URL points at the sandbox, else details are typed by hand.
  PLATFORM_DADATA_API_KEY: z.string().optional(),

  // Credentials at rest: `kid:base64(32 bytes)` pairs, comma-separated. The first key encrypts;
  // all keys decrypt, so keys can rotate without re-encrypting everything at once.
  CREDENTIALS_ENCRYPTION_KEYS: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+)*$/,
      "must be `kid:base64key[,kid:base64key…]` with 32-byte keys",
    )
    .optional(),

  // Inngest: Cloud or a self-hosted server in production; the local executor by default.
  INNGEST_BASE_URL: url.optional(),
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  INNGEST_DEV: z.string().optional(),
  EXECUTOR_PORT: z.coerce.number().int().min(1).max(65535).default(8288),

  // Vendor base URLs. Defaults are the vendors' production hosts; dev points them at the sandbox.
  WB_CONTENT_API_URL: url.default("https://content-api.wildberries.ru"),
  WB_STATISTICS_API_URL: url.default("https://statistics-api.wildberries.ru"),
  WB_ANALYTICS_API_URL: url.default("https://seller-analytics-api.wildberries.ru"),
  WB_MARKETPLACE_API_URL: url.default("https://marketplace-api.wildberries.ru"),
  WB_COMMON_API_URL: url.default("https://common-api.wildberries.ru"),
  OZON_API_URL: url.default("https://api-seller.ozon.ru"),
  YOOKASSA_API_URL: url.default("https://api.yookassa.ru/v3"),
  SMSAERO_API_URL: url.default("https://gate.smsaero.ru/v2"),
  SMSRU_API_URL: url.default("https://sms.ru"),
  DADATA_SUGGESTIONS_API_URL: url.default("https://suggestions.dadata.ru/suggestions/api/4_1/rs"),
  DADATA_CLEANER_API_URL: url.default("https://cleaner.dadata.ru/api/v1"),
  S3_ENDPOINT: url.optional(),
  // Endpoints that sellers type in (an S3 endpoint) must be https:// to a public address. The
  // embedded defaults run the sandbox S3 on http://127.0.0.1, so `npm run dev` and the tests turn
  // this on to let plain HTTP to loopback through (never private or link-local addresses).
  ALLOW_LOCAL_ENDPOINTS: z
    .enum(["0", "1", "true", "false"])
    .transform((v) => v === "1" || v === "true")
    .default(false),

  // Platform-level services (not per-organisation connections).
  SMS_MODE: z.enum(["sandbox", "live"]).default("sandbox"),
  YANDEX_METRICA_COUNTER_ID: z.string().regex(/^\d+$/, "must be a numeric counter id").optional(),
  // GET /api/health tells anyone only "up" or "down"; its details (database, executor, latencies)
  // go to platform admins and to callers sending `Authorization: Bearer <HEALTH_TOKEN>` (monitoring).
  HEALTH_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),

  // Sandbox vendors (fake servers for dev, tests and benchmarks).
  /** Where the running sandbox is, for the seed to fetch its demo accounts (set by `npm run dev`). */
  SANDBOX_URL: url.optional(),
  SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(4010),
  SANDBOX_SEED: z.coerce.number().int().default(42),
  SANDBOX_SCALE: z.coerce.number().int().min(1).max(1_000_000).default(2000),
  SANDBOX_FAULTS: z.string().default(""),
  // Benchmarks turn enforcement off; dev and tests enforce the documented vendor limits.
  SANDBOX_RATE_LIMITS: z.enum(["enforce", "off"]).default("enforce"),
  // "manual" freezes time until POST /__sandbox/clock advances it (deterministic demos and tests).
  SANDBOX_CLOCK: z.enum(["real", "manual"]).default("real"),
};

/** Formats a validation failure as one line per variable: `NAME: what is expected`. */
export function formatEnvIssues(
  issues: ReadonlyArray<{ path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>; message: string }>,
): string {
  return issues
    .map((issue) => {
      const key = issue.path?.map((p) => (typeof p === "object" ? String(p.key) : String(p))).join(".") ?? "?";
      return `Invalid environment variable ${key}: ${issue.message}`;
    })
    .join("\n");
}

export class EnvError extends Error {
  override name = "EnvError";
}

/** Validates a given source. Exported so tests can check the error messages without touching process.env. */
export function loadEnv(source: Record<string, string | undefined>) {
  return createEnv({
    server: serverSchema,
    runtimeEnv: source,
    emptyStringAsUndefined: true,
    isServer: true,
    onValidationError: (issues) => {
      throw new EnvError(formatEnvIssues(issues as never));
    },
  });
}

export const env = loadEnv(process.env);
export type Env = typeof env;
