import { z } from "zod";
import type { components as Analytics } from "@/lib/integrations/wildberries/generated/analytics";
import type { paths as General } from "@/lib/integrations/wildberries/generated/general";
import type { components as Items, paths as ItemsPaths } from "@/lib/integrations/wildberries/generated/items";
import type { components as Reports } from "@/lib/integrations/wildberries/generated/reports";

/**
 * Response schemas for the fields we consume, validated at the client boundary.
 * WB's specs mark nearly every field optional; here the fields our sync relies on (natural
 * keys, paging cursors, money) are required, so a response without them is a contract
 * violation rather than a silent hole in the data. Each schema `satisfies` the generated
 * spec type, so spec drift (a renamed or retyped field) fails the type check.
 */

type Json<T> = T extends { content: { "application/json": infer B } } ? B : never;
type CardsListResponse = Json<ItemsPaths["/content/v2/get/cards/list"]["post"]["responses"][200]>;
type Card = NonNullable<CardsListResponse["cards"]>[number];
type CardSize = NonNullable<Card["sizes"]>[number];
type ConsumedCard = Pick<
  Card,
  "nmID" | "imtID" | "subjectID" | "subjectName" | "vendorCode" | "brand" | "title" | "description" | "sizes" | "createdAt" | "updatedAt"
>;
type PingResponse = Json<General["/ping"]["get"]["responses"][200]>;

/** WB's statistics dates: `2022-03-04T18:08:31`, Moscow time, no offset (fractions allowed). */
const moscowDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/, "expected YYYY-MM-DDTHH:mm:ss (Moscow time)");

// The orders and sales reports describe a line alike; their shared fields are spread in report order.
const reportLineWhen = {
  date: moscowDateTime,
  lastChangeDate: moscowDateTime,
  srid: z.string().min(1),
};
const reportLineGoods = {
  nmId: z.number().int(),
  barcode: z.string(),
  supplierArticle: z.string(),
  techSize: z.string().optional(),
  brand: z.string().optional(),
  subject: z.string().optional(),
  category: z.string().optional(),
  warehouseName: z.string(),
  warehouseType: z.enum(["Склад WB", "Склад продавца"]).optional(),
  countryName: z.string().optional(),
  oblastOkrugName: z.string().optional(),
  regionName: z.string().optional(),
  incomeID: z.number().int().optional(),
  isSupply: z.boolean().optional(),
  isRealization: z.boolean().optional(),
  totalPrice: z.number(),
  discountPercent: z.number().int(),
  spp: z.number().optional(),
};
const reportLinePrice = { finishedPrice: z.number(), priceWithDisc: z.number() };
const reportLineDocuments = { sticker: z.string().optional(), gNumber: z.string().optional() };

export const orderRowSchema = z.object({
  ...reportLineWhen,
  ...reportLineGoods,
  ...reportLinePrice,
  isCancel: z.boolean(),
  cancelDate: z.string().optional(),
  ...reportLineDocuments,
}) satisfies z.ZodType<Reports["schemas"]["OrdersItem"]>;
export type WbOrder = z.infer<typeof orderRowSchema>;
export const ordersResponseSchema = z.array(orderRowSchema);

export const saleRowSchema = z.object({
  ...reportLineWhen,
  /** `S…` a sale, `R…` a return to a WB warehouse. */
  saleID: z.string().regex(/^[A-Z]/, "expected S… or R…"),
  ...reportLineGoods,
  paymentSaleAmount: z.number().int().optional(),
  forPay: z.number(),
  ...reportLinePrice,
  ...reportLineDocuments,
}) satisfies z.ZodType<Reports["schemas"]["SalesItem"]>;
export type WbSale = z.infer<typeof saleRowSchema>;
export const salesResponseSchema = z.array(saleRowSchema);

const cardSizeSchema = z.object({
  chrtID: z.number().int(),
  techSize: z.string().optional(),
  wbSize: z.string().optional(),
  skus: z.array(z.string()).optional(),
}) satisfies z.ZodType<CardSize>;

export const cardSchema = z.object({
  nmID: z.number().int(),
  imtID: z.number().int().optional(),
  subjectID: z.number().int().optional(),
  subjectName: z.string().optional(),
  vendorCode: z.string(),
  brand: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  photos: z.array(z.object({ big: z.string().optional(), tm: z.string().optional() })).optional(),
  sizes: z.array(cardSizeSchema).optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string(),
}) satisfies z.ZodType<ConsumedCard>;
export type WbCard = z.infer<typeof cardSchema>;

export const cardsListResponseSchema = z.object({
  cards: z.array(cardSchema),
  cursor: z.object({
    updatedAt: z.string().optional(),
    nmID: z.number().int().optional(),
    total: z.number().int(),
  }),
}) satisfies z.ZodType<{ cards: ConsumedCard[]; cursor: CardsListResponse["cursor"] }>;

type StockRow = Analytics["schemas"]["InventoryWbResponse"]["items"][number];
export const stockRowSchema = z.object({
  nmId: z.number().int(),
  chrtId: z.number().int(),
  warehouseId: z.number().int(),
  warehouseName: z.string(),
  regionName: z.string(),
  quantity: z.number().int(),
  inWayToClient: z.number().int(),
  inWayFromClient: z.number().int(),
}) satisfies z.ZodType<StockRow>;
export type WbStockRow = z.infer<typeof stockRowSchema>;
export const stocksReportResponseSchema = z.object({ data: z.object({ items: z.array(stockRowSchema) }) });

export const warehouseSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  officeId: z.number().int().optional(),
  cargoType: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  deliveryType: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(5), z.literal(6)]).optional(),
  isDeleting: z.boolean().optional(),
  isProcessing: z.boolean().optional(),
}) satisfies z.ZodType<Items["schemas"]["Warehouse"]>;
export type WbWarehouse = z.infer<typeof warehouseSchema>;
export const warehousesResponseSchema = z.array(warehouseSchema);

export const pingResponseSchema = z.object({
  TS: z.string(),
  Status: z.literal("OK"),
}) satisfies z.ZodType<PingResponse>;
export type WbPing = z.infer<typeof pingResponseSchema>;
