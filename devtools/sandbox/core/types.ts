/**
 * The contract between the sandbox server core and each vendor's fake server.
 * A vendor module is a set of mounted handlers plus a summary of what it holds.
 */
export interface SandboxContext {
  seed: number;
  /** Default data volume per account (orders; products scale with it). */
  scale: number;
  /** The sandbox's clock: real time in dev, manual in tests (advanced via /__sandbox/clock). */
  now(): Date;
  /** Deterministic PRNG stream in [0, 1) for the given keys, derived from `seed`. */
  rng(...keys: Array<string | number>): () => number;
  /**
   * Enforces a documented vendor rate limit: a token bucket per `key` (e.g. `${accountKey}:content`)
   * with continuous refill. Returns `{ ok: false, retryAfterMs }` when the caller must answer 429
   * (build the headers with the vendor's `rateLimitHeaders`). Always `{ ok: true }` when the
   * sandbox runs with `rateLimits: "off"` (benchmarks).
   */
  rateLimit(key: string, rule: SandboxRateRule, cost?: number): RateLimitDecision;
  /**
   * Charges extra tokens without asking (may leave the bucket in debt), e.g. WB counting a
   * 4xx answer as 10 requests. No-op when rate limits are off.
   */
  chargeRateLimit(key: string, rule: SandboxRateRule, cost: number): void;
}

export interface SandboxRateRule {
  /** Requests allowed per interval (the refill rate). */
  limit: number;
  intervalMs: number;
  /** Bucket size: requests allowed at once after an idle period. Defaults to `limit`. */
  burst?: number;
}

export type RateLimitDecision = { ok: true } | { ok: false; retryAfterMs: number };

export interface SandboxRequest {
  method: string;
  /** Path after the mount prefix, starting with "/". */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>; // lower-cased names
  /** Parsed JSON body, or undefined when absent / not JSON. */
  body: unknown;
  rawBody: string;
}

export interface SandboxResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialised as JSON. */
  body?: unknown;
  /** Sent as-is when set (text/plain unless headers say otherwise). */
  text?: string;
}

export type SandboxHandler = (req: SandboxRequest, ctx: SandboxContext) => SandboxResponse | Promise<SandboxResponse>;

export interface SandboxAccount {
  /** Stable id of the seller account inside the sandbox (WB `sid`, Ozon Client-Id, …). */
  accountKey: string;
  /** Credentials to connect with, in the shape of the integration's credentials schema. */
  credentials: Record<string, string>;
}

export interface SandboxVendor {
  id: string; // matches the integration id
  mounts: Array<{ prefix: string; handler: SandboxHandler }>;
  /**
   * Base-URL env variables this vendor's clients read, mapped to the sandbox path that serves
   * them, e.g. `{ WB_CONTENT_API_URL: "/wb/content" }`. `npm run sandbox` prints them and the dev
   * runner points the app at them. Optional; defaults to none.
   */
  baseUrlEnv?: Record<string, string>;
  /** 429 headers in this vendor's real style, for injected and enforced rate limits. */
  rateLimitHeaders(retryAfterMs: number): Record<string, string>;
  /** Totals per account per resource, for GET /__sandbox/summary. */
  summary(ctx: SandboxContext): Record<string, Record<string, number>>;
  /** Deterministic demo account(s), always present; used by the seed and tests. */
  demoAccounts(ctx: SandboxContext): SandboxAccount[];
  /** POST /__sandbox/accounts {vendor, ...options}: a fresh account (e.g. a WB token with chosen scopes). */
  createAccount?(ctx: SandboxContext, options: Record<string, unknown>): SandboxAccount;
  /** POST /__sandbox/revoke {vendor, accountKey}: later calls with its credentials get 401. */
  revoke?(accountKey: string): void;
}
