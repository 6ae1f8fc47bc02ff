import type { SandboxContext, SandboxHandler, SandboxRateRule, SandboxRequest } from "@/devtools/sandbox/core/types";
import type { OzonAccounts } from "@/devtools/sandbox/ozon/accounts";
import { MESSAGES, ozonError } from "@/devtools/sandbox/ozon/errors";
import { analyticsData } from "@/devtools/sandbox/ozon/handlers/analytics";
import { fboPostingList, fbsPostingList } from "@/devtools/sandbox/ozon/handlers/postings";
import { productInfoList, productList } from "@/devtools/sandbox/ozon/handlers/products";
import { roles } from "@/devtools/sandbox/ozon/handlers/roles";
import type { OzonRoute } from "@/devtools/sandbox/ozon/handlers/route";
import { productStocks } from "@/devtools/sandbox/ozon/handlers/stocks";

const ROUTES: Record<string, OzonRoute> = {
  "/v1/roles": roles,
  "/v3/product/list": productList,
  "/v3/product/info/list": productInfoList,
  "/v4/product/info/stocks": productStocks,
  "/v4/posting/fbs/list": fbsPostingList,
  "/v3/posting/fbo/list": fboPostingList,
  "/v1/analytics/data": analyticsData,
};

/** "Не больше 50 запросов в секунду на все методы с одного Client ID" (spec, section Process). */
export const OZON_ACCOUNT_RULE: SandboxRateRule = { limit: 50, intervalMs: 1000 };
/** Per-method limits from the method descriptions, on top of the account-wide one. */
export const OZON_METHOD_RULES: Record<string, SandboxRateRule> = {
  "/v1/analytics/data": { limit: 1, intervalMs: 60_000 }, // "не больше 1 раза в минуту"
};

export function rateLimitHeaders(retryAfterMs: number): Record<string, string> {
  return { "retry-after": String(Math.max(1, Math.ceil(retryAfterMs / 1000))) };
}

export function createOzonHandler(accounts: OzonAccounts): SandboxHandler {
  return (req: SandboxRequest, ctx: SandboxContext) => {
    const route = ROUTES[req.path];
    if (!route || req.method !== "POST") return ozonError(404, 5, MESSAGES.notAllowed);

    const clientId = req.headers["client-id"];
    const apiKey = req.headers["api-key"];
    if (!clientId || !apiKey) return ozonError(401, 16, MESSAGES.missingHeaders);
    const account = accounts.find(ctx, clientId);
    if (!account || account.apiKey !== apiKey) return ozonError(401, 16, MESSAGES.invalidKey);
    if (account.revoked) return ozonError(401, 16, MESSAGES.deactivatedKey);

    const perAccount = ctx.rateLimit(`ozon:${clientId}`, OZON_ACCOUNT_RULE);
    if (!perAccount.ok) return ozonError(429, 8, MESSAGES.rateLimit, rateLimitHeaders(perAccount.retryAfterMs));
    const methodRule = OZON_METHOD_RULES[req.path];
    if (methodRule) {
      const perMethod = ctx.rateLimit(`ozon:${clientId}:${req.path}`, methodRule);
      if (!perMethod.ok) return ozonError(429, 8, MESSAGES.methodRateLimit, rateLimitHeaders(perMethod.retryAfterMs));
    }
    return route({ account, body: req.body, ctx, nowMs: ctx.now().getTime() });
  };
}
