import type { RateLimitRule } from "@/lib/integrations/core/rate-limit";

/**
 * Ozon's documented limits (swagger.json): "не больше 50 запросов в секунду на все методы с одного
 * Client ID" (section "Порядок работы с методами"), plus per-method limits in method descriptions.
 * Only the per-method limits of operations this client calls are listed; the first match wins,
 * so they come before the account-wide rule.
 */
export const OZON_RATE_LIMITS: RateLimitRule[] = [
  {
    group: "ozon-analytics-data",
    match: (_method, pathname) => pathname === "/v1/analytics/data", // "не больше 1 раза в минуту"
    limit: 1,
    intervalMs: 60_000,
  },
  {
    group: "ozon-default",
    match: () => true,
    limit: 50,
    intervalMs: 1_000,
  },
];
