import { z } from "zod";
import type {
  Consumed,
  ProductInfo,
  ProductInfoListResponse,
  ProductListItem,
  ProductListResponse,
} from "@/lib/integrations/ozon/api-types";
import { ozonDateTime, ozonId } from "@/lib/integrations/ozon/schemas/common";

/** The fields of `/v3/product/list` the product sync consumes. */
export const productListItemSchema = z.object({
  product_id: ozonId,
  offer_id: z.string(),
  sku: ozonId.optional(),
  archived: z.boolean(),
  has_fbo_stocks: z.boolean(),
  has_fbs_stocks: z.boolean(),
}) satisfies z.ZodType<Consumed<ProductListItem, "product_id" | "offer_id" | "sku" | "archived" | "has_fbo_stocks" | "has_fbs_stocks">>;

export const productListResponseSchema = z.object({
  result: z.object({
    items: z.array(productListItemSchema),
    last_id: z.string(),
    total: z.number().int().nonnegative(),
  }),
}) satisfies z.ZodType<Consumed<ProductListResponse, "result">>;

/** `/v3/product/info/list`: the catalogue card fields shown in the products table. */
export const productInfoSchema = z.object({
  id: ozonId,
  offer_id: z.string(),
  sku: ozonId.optional(),
  name: z.string(),
  barcodes: z.array(z.string()).nullish(),
  price: z.string(),
  old_price: z.string().nullish(),
  min_price: z.string().nullish(),
  currency_code: z.string(),
  primary_image: z.array(z.string()).nullish(),
  is_archived: z.boolean(),
  is_autoarchived: z.boolean().nullish(),
  created_at: ozonDateTime,
  updated_at: ozonDateTime,
}) satisfies z.ZodType<
  Consumed<
    ProductInfo,
    | "id"
    | "offer_id"
    | "sku"
    | "name"
    | "barcodes"
    | "price"
    | "old_price"
    | "min_price"
    | "currency_code"
    | "primary_image"
    | "is_archived"
    | "is_autoarchived"
    | "created_at"
    | "updated_at"
  >
>;

export const productInfoListResponseSchema = z.object({
  items: z.array(productInfoSchema),
}) satisfies z.ZodType<Consumed<ProductInfoListResponse, "items">>;

export type OzonProductListItem = z.infer<typeof productListItemSchema>;
export type OzonProductInfo = z.infer<typeof productInfoSchema>;
