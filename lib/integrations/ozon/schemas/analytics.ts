import { z } from "zod";
import type { AnalyticsResponse, Consumed, RolesResponse } from "@/lib/integrations/ozon/api-types";
import { ozonDateTime } from "@/lib/integrations/ozon/schemas/common";

export const analyticsResponseSchema = z.object({
  result: z.object({
    data: z.array(
      z.object({
        dimensions: z.array(z.object({ id: z.string(), name: z.string().nullish() })),
        metrics: z.array(z.number()),
      }),
    ),
    totals: z.array(z.number()),
  }),
  timestamp: z.string(),
}) satisfies z.ZodType<Consumed<AnalyticsResponse, "result" | "timestamp">>;

/** `/v1/roles`: what the API key may call and when it expires (shown on the connection card). */
export const rolesResponseSchema = z.object({
  expires_at: ozonDateTime.nullish(),
  roles: z.array(z.object({ name: z.string(), methods: z.array(z.string()) })),
}) satisfies z.ZodType<Consumed<RolesResponse, "expires_at" | "roles">>;

export type OzonAnalyticsResponse = z.infer<typeof analyticsResponseSchema>;
export type OzonRoles = z.infer<typeof rolesResponseSchema>;
