import { z } from "zod";
import { WB_RATE_LIMITS } from "@/lib/integrations/wildberries/rate-limits";
import type { SandboxResponse } from "@/devtools/sandbox/core/types";
import { productIndexOfNm } from "@/devtools/sandbox/wildberries/data/catalog";
import { stockRows } from "@/devtools/sandbox/wildberries/data/stocks";
import type { WbCall, WbRoute } from "@/devtools/sandbox/wildberries/gate";
import { pingRoute } from "@/devtools/sandbox/wildberries/routes/ping";
import { analyticsBadRequest } from "@/devtools/sandbox/wildberries/responses";

/**
 * seller-analytics-api: POST /api/analytics/v1/stocks-report/wb-warehouses — current stocks
 * on WB warehouses, offset paging with `limit` ≤ 250 000 (the default).
 */
export const STOCKS_MAX_LIMIT = 250_000;

const bodySchema = z.object({
  nmIds: z.array(z.number().int()).max(1000).optional(),
  chrtIds: z.array(z.number().int()).optional(),
  limit: z.number().int().min(0).max(STOCKS_MAX_LIMIT).optional(),
  offset: z.number().int().min(0).optional(),
});

function stocksReport(call: WbCall): SandboxResponse {
  const parsed = bodySchema.safeParse(call.req.body);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "body"} (${i.message})`).join(", ");
    return analyticsBadRequest(`code=400, message=invalid: ${detail}`);
  }
  const { nmIds, limit = STOCKS_MAX_LIMIT, offset = 0 } = parsed.data;
  const productIndexes = nmIds?.map((nm) => productIndexOfNm(call.world, nm)).filter((j): j is number => j !== undefined);
  const items = stockRows(call.world, { offset, limit, nowMs: call.nowMs, productIndexes });
  return { status: 200, body: { data: { items } } };
}

const rules = WB_RATE_LIMITS.analytics;

export const analyticsRoutes: WbRoute[] = [
  pingRoute("analytics", rules),
  { method: "POST", path: "/api/analytics/v1/stocks-report/wb-warehouses", category: "analytics", rules, handle: stocksReport },
];
