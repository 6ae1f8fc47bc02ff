import { z } from "zod";
import type {
  Consumed,
  FboListResponse,
  FboPosting,
  FboPostingProduct,
  FbsListResponse,
  FbsPosting,
  FbsPostingProduct,
} from "@/lib/integrations/ozon/api-types";
import { ozonDateTime, ozonId, postingMoney } from "@/lib/integrations/ozon/schemas/common";

const postingProductFields = {
  sku: ozonId,
  offer_id: z.string(),
  name: z.string(),
  quantity: z.number().int().positive(),
  price: postingMoney,
};

export const fbsPostingProductSchema = z.object(postingProductFields) satisfies z.ZodType<
  Consumed<FbsPostingProduct, "sku" | "offer_id" | "name" | "quantity" | "price">
>;
export const fboPostingProductSchema = z.object(postingProductFields) satisfies z.ZodType<
  Consumed<FboPostingProduct, "sku" | "offer_id" | "name" | "quantity" | "price">
>;

/** What identifies a posting and where it stands, alike in both schemes. */
const postingHeadFields = {
  posting_number: z.string().min(1),
  order_id: ozonId,
  order_number: z.string(),
  status: z.string().min(1),
  substatus: z.string().nullish(),
};

/** The order and sale fields the sync stores; the natural key is `posting_number`. */
export const fbsPostingSchema = z.object({
  ...postingHeadFields,
  in_process_at: ozonDateTime,
  shipment_date: ozonDateTime.nullish(),
  delivering_date: ozonDateTime.nullish(),
  products: z.array(fbsPostingProductSchema),
  cancellation: z.object({ cancel_reason_id: z.number().int().nullish(), cancel_reason: z.string().nullish() }).nullish(),
  delivery_method: z.object({ warehouse_id: ozonId.nullish(), warehouse: z.string().nullish() }).nullish(),
}) satisfies z.ZodType<
  Consumed<
    FbsPosting,
    | "posting_number"
    | "order_id"
    | "order_number"
    | "status"
    | "substatus"
    | "in_process_at"
    | "shipment_date"
    | "delivering_date"
    | "products"
    | "cancellation"
    | "delivery_method"
  >
>;

export const fboPostingSchema = z.object({
  ...postingHeadFields,
  created_at: ozonDateTime,
  in_process_at: ozonDateTime,
  products: z.array(fboPostingProductSchema),
  cancellation: z.object({ cancel_reason: z.string().nullish() }).nullish(),
  analytics_data: z.object({ warehouse_id: ozonId.nullish(), warehouse_name: z.string().nullish() }).nullish(),
}) satisfies z.ZodType<
  Consumed<
    FboPosting,
    | "posting_number"
    | "order_id"
    | "order_number"
    | "status"
    | "substatus"
    | "created_at"
    | "in_process_at"
    | "products"
    | "cancellation"
    | "analytics_data"
  >
>;

/** Cursor pages: `has_next` says whether to go on, `cursor` where from. */
export const fbsListResponseSchema = z.object({
  postings: z.array(fbsPostingSchema),
  cursor: z.string(),
  has_next: z.boolean(),
}) satisfies z.ZodType<Consumed<FbsListResponse, "postings" | "cursor" | "has_next">>;

export const fboListResponseSchema = z.object({
  postings: z.array(fboPostingSchema),
  cursor: z.string(),
  has_next: z.boolean(),
}) satisfies z.ZodType<Consumed<FboListResponse, "postings" | "cursor" | "has_next">>;

export type OzonFbsPosting = z.infer<typeof fbsPostingSchema>;
export type OzonFboPosting = z.infer<typeof fboPostingSchema>;
