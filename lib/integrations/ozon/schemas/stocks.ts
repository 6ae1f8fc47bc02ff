import { z } from "zod";
import type { Consumed, StockEntry, StocksItem, StocksResponse } from "@/lib/integrations/ozon/api-types";
import { ozonId } from "@/lib/integrations/ozon/schemas/common";

export const stockEntrySchema = z.object({
  sku: ozonId,
  present: z.number().int(),
  reserved: z.number().int(),
  /** fbs | rfbs | fbp (FBO stocks live in /v1/analytics/stocks). */
  type: z.string(),
  warehouse_ids: z.array(ozonId).nullish(),
}) satisfies z.ZodType<Consumed<StockEntry, "sku" | "present" | "reserved" | "type" | "warehouse_ids">>;

export const stocksItemSchema = z.object({
  product_id: ozonId,
  offer_id: z.string(),
  stocks: z.array(stockEntrySchema),
}) satisfies z.ZodType<Consumed<StocksItem, "product_id" | "offer_id" | "stocks">>;

export const stocksResponseSchema = z.object({
  cursor: z.string(),
  total: z.number().int().nonnegative(),
  items: z.array(stocksItemSchema),
}) satisfies z.ZodType<Consumed<StocksResponse, "cursor" | "total" | "items">>;

export type OzonStocksItem = z.infer<typeof stocksItemSchema>;
