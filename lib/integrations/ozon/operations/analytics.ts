import { unwrap } from "@/lib/integrations/core";
import type { AnalyticsDimension, AnalyticsMetric } from "@/lib/integrations/ozon/api-types";
import type { OzonClient } from "@/lib/integrations/ozon/client";
import { analyticsResponseSchema, type OzonAnalyticsResponse } from "@/lib/integrations/ozon/schemas/analytics";

export interface AnalyticsQuery {
  /** Calendar dates, YYYY-MM-DD. */
  dateFrom: string;
  dateTo: string;
  metrics: AnalyticsMetric[];
  dimension: AnalyticsDimension[];
  limit?: number;
  offset?: number;
}

/**
 * One page of `/v1/analytics/data`. Ozon allows one call a minute per account, so the client's
 * limiter queues a second call for up to a minute; callers should ask for what they need at once
 * (up to 1000 rows, 14 metrics).
 */
export async function getAnalytics(client: OzonClient, query: AnalyticsQuery): Promise<OzonAnalyticsResponse> {
  const path = "/v1/analytics/data";
  return unwrap(
    client.api.POST(path, {
      body: {
        date_from: query.dateFrom,
        date_to: query.dateTo,
        metrics: query.metrics,
        dimension: query.dimension,
        limit: Math.min(query.limit ?? 1000, 1000),
        offset: query.offset ?? 0,
      },
    }),
    analyticsResponseSchema,
    client.context(path),
  );
}
