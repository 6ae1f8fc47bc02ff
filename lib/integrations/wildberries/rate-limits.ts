import type { RateLimitRule } from "@/lib/integrations/core/rate-limit";

/**
 * WB's documented per-seller limits for the methods we call (the "Лимит запросов" table in
 * each method's description, personal/service token rows). A rule's `limit` per `intervalMs`
 * is the refill rate; `burst` is the table's "Всплеск".
 */
export type WbHost = "content" | "statistics" | "analytics" | "marketplace" | "common";

export const WB_HOSTS: WbHost[] = ["content", "statistics", "analytics", "marketplace", "common"];

const endsWith = (suffix: string) => (_method: string, pathname: string) => pathname.endsWith(suffix);

const MINUTE = 60_000;

/** /ping: "at most 3 requests per 30 seconds", counted separately for each host. */
function pingRule(host: WbHost): RateLimitRule {
  return { group: `${host}-ping`, match: endsWith("/ping"), limit: 3, intervalMs: 30_000, burst: 3 };
}

export const WB_RATE_LIMITS: Record<WbHost, RateLimitRule[]> = {
  // 02-items.yaml, POST /content/v2/get/cards/list: 100 per minute, one per 600 ms, burst 5.
  content: [
    pingRule("content"),
    { group: "content-cards", match: endsWith("/content/v2/get/cards/list"), limit: 100, intervalMs: MINUTE, burst: 5 },
  ],
  // 12-reports.yaml: orders 1 per minute with a burst of 10; sales 1 per minute, burst 1.
  statistics: [
    pingRule("statistics"),
    { group: "statistics-orders", match: endsWith("/api/v1/supplier/orders"), limit: 1, intervalMs: MINUTE, burst: 10 },
    { group: "statistics-sales", match: endsWith("/api/v1/supplier/sales"), limit: 1, intervalMs: MINUTE, burst: 1 },
  ],
  // 11-analytics.yaml, WB-warehouse stocks: 3 per minute, one per 20 s, burst 1.
  analytics: [
    pingRule("analytics"),
    { group: "analytics-stocks", match: endsWith("/api/analytics/v1/stocks-report/wb-warehouses"), limit: 3, intervalMs: MINUTE, burst: 1 },
  ],
  // 02-items.yaml, seller warehouses: 300 per minute, burst 20; "a 4XX answer counts as 10 requests".
  marketplace: [
    pingRule("marketplace"),
    { group: "marketplace-warehouses", match: endsWith("/api/v3/warehouses"), limit: 300, intervalMs: MINUTE, burst: 20, costOf4xx: 10 },
  ],
  common: [pingRule("common")],
};

/** Every rule, for the registry. Ping rules of all hosts share one entry there (same limit). */
export const WB_ALL_RATE_LIMITS: RateLimitRule[] = [
  { ...pingRule("common"), group: "ping" },
  ...WB_HOSTS.flatMap((host) => WB_RATE_LIMITS[host].filter((rule) => !rule.group.endsWith("-ping"))),
];

/**
 * Rules with every interval multiplied by `factor`. Tests use an account whose limits are
 * scaled down (e.g. 0.01 makes "1 per minute" into "1 per 600 ms") in both the sandbox and
 * the client, so exact enforcement is exercised in seconds instead of minutes.
 */
export function scaleRateLimits(rules: RateLimitRule[], factor: number): RateLimitRule[] {
  if (factor === 1) return rules;
  return rules.map((rule) => ({ ...rule, intervalMs: Math.max(1, Math.round(rule.intervalMs * factor)) }));
}
