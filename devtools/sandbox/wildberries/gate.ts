import type { RateLimitRule } from "@/lib/integrations/core/rate-limit";
import { scaleRateLimits } from "@/lib/integrations/wildberries/rate-limits";
import type { WbTokenInfo } from "@/lib/integrations/wildberries/token";
import type { WbTokenCategory } from "@/lib/integrations/wildberries/token-categories";
import type { SandboxContext, SandboxHandler, SandboxRequest, SandboxResponse } from "@/devtools/sandbox/core/types";
import type { WildberriesSandboxAccounts } from "@/devtools/sandbox/wildberries/accounts";
import type { AccountWorld } from "@/devtools/sandbox/wildberries/data/world";
import { notFound, tooManyRequests, unauthorized } from "@/devtools/sandbox/wildberries/responses";
import { verifyToken } from "@/devtools/sandbox/wildberries/tokens";

/**
 * What WB's gateway does before a method runs: token check (401), token category for this
 * host (401 "scope not allowed", as /ping documents), the per-seller rate limit (429 with
 * X-Ratelimit-* headers), and afterwards the 4xx surcharge where the spec declares one.
 */
export interface WbCall {
  req: SandboxRequest;
  ctx: SandboxContext;
  token: WbTokenInfo;
  world: AccountWorld;
  nowMs: number;
}

export interface WbRoute {
  method: "GET" | "POST";
  path: string;
  /** Token category the route needs; "any" for common-api /ping. */
  category: WbTokenCategory | "any";
  rules: RateLimitRule[];
  handle(call: WbCall): SandboxResponse;
}

export function gatedHandler(routes: WbRoute[], accounts: WildberriesSandboxAccounts): SandboxHandler {
  return (req, ctx) => {
    const route = routes.find((r) => r.method === req.method && r.path === req.path);
    if (!route) return notFound(`${req.method} ${req.path}`);
    const nowMs = ctx.now().getTime();
    const check = verifyToken(ctx.seed, req.headers.authorization, nowMs);
    if (!check.ok) return unauthorized(check.detail);
    const token = check.info;
    if (accounts.isRevoked(token.sellerId)) return unauthorized("token problem; token withdrawn");
    if (route.category !== "any" && !token.categories.includes(route.category)) {
      return unauthorized(`token scope not allowed: the token has no "${route.category}" category`);
    }

    const seller = accounts.seller(token.sellerId);
    const rule = scaleRateLimits(route.rules, seller.rateLimitScale).find((r) => r.match(req.method, req.path));
    const key = `wildberries:${token.sellerId}:${rule?.group}`;
    if (rule) {
      const sandboxRule = { limit: rule.limit, intervalMs: rule.intervalMs, burst: rule.burst };
      const decision = ctx.rateLimit(key, sandboxRule, 1);
      if (!decision.ok) {
        const burst = rule.burst ?? rule.limit;
        const fullMs = (burst * rule.intervalMs) / rule.limit;
        return tooManyRequests(decision.retryAfterMs, burst, fullMs, `${token.sellerId}:${rule.group}`);
      }
    }

    const response = route.handle({ req, ctx, token, world: accounts.world(ctx, token.sellerId), nowMs });
    if (rule?.costOf4xx && response.status >= 400 && response.status < 500) {
      // WB counts a 4xx answer as `costOf4xx` requests; one was already taken above.
      ctx.chargeRateLimit(key, { limit: rule.limit, intervalMs: rule.intervalMs, burst: rule.burst }, rule.costOf4xx - 1);
    }
    return response;
  };
}
