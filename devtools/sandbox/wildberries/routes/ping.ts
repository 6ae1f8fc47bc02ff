import type { RateLimitRule } from "@/lib/integrations/core/rate-limit";
import { formatMoscowWithOffset } from "@/lib/integrations/wildberries/moscow-time";
import type { WbTokenCategory } from "@/lib/integrations/wildberries/token-categories";
import type { WbRoute } from "@/devtools/sandbox/wildberries/gate";

/** GET /ping on each host: checks the token and that its category matches the host. */
export function pingRoute(category: WbTokenCategory | "any", rules: RateLimitRule[]): WbRoute {
  return {
    method: "GET",
    path: "/ping",
    category,
    rules,
    handle: ({ nowMs }) => ({ status: 200, body: { TS: formatMoscowWithOffset(nowMs), Status: "OK" } }),
  };
}
