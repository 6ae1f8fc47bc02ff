import { z } from "zod";
import type { components } from "@/lib/integrations/yookassa/generated/api";

/**
 * Boundary checks for the YooKassa objects we act on: the fields the product reads must be
 * there and well-formed (a payment we cannot read must not be treated as paid). Everything
 * else passes through untouched. Types line up with the generated spec types (see below).
 */
const money = z.looseObject({ value: z.string().regex(/^\d+(\.\d+)?$/), currency: z.string().length(3) });
const dateTime = z.iso.datetime({ offset: true });

export const paymentSchema = z.looseObject({
  id: z.string().length(36),
  status: z.enum(["pending", "waiting_for_capture", "succeeded", "canceled"]),
  amount: money,
  income_amount: money.optional(),
  refunded_amount: money.optional(),
  description: z.string().optional(),
  recipient: z.looseObject({ account_id: z.string(), gateway_id: z.string() }),
  created_at: dateTime,
  captured_at: dateTime.optional(),
  expires_at: dateTime.optional(),
  confirmation: z.looseObject({ type: z.string(), confirmation_url: z.string().optional() }).optional(),
  test: z.boolean(),
  paid: z.boolean(),
  refundable: z.boolean(),
  metadata: z.record(z.string(), z.string().nullable()).optional(),
  cancellation_details: z.looseObject({ party: z.string(), reason: z.string() }).optional(),
});
export type YooKassaPayment = z.infer<typeof paymentSchema>;

export const refundSchema = z.looseObject({
  id: z.string().length(36),
  payment_id: z.string().length(36),
  status: z.enum(["pending", "succeeded", "canceled"]),
  amount: money,
  created_at: dateTime,
  description: z.string().optional(),
});
export type YooKassaRefund = z.infer<typeof refundSchema>;

export const meSchema = z.looseObject({
  account_id: z.string(),
  status: z.enum(["enabled", "disabled"]),
  test: z.boolean(),
});
export type YooKassaMe = z.infer<typeof meSchema>;

/** Notification bodies the webhook receives: `{ type: "notification", event, object }`. */
export const notificationSchema = z.discriminatedUnion("event", [
  z.looseObject({ type: z.literal("notification"), event: z.literal("payment.succeeded"), object: paymentSchema }),
  z.looseObject({ type: z.literal("notification"), event: z.literal("payment.waiting_for_capture"), object: paymentSchema }),
  z.looseObject({ type: z.literal("notification"), event: z.literal("payment.canceled"), object: paymentSchema }),
  z.looseObject({ type: z.literal("notification"), event: z.literal("refund.succeeded"), object: refundSchema }),
]);
export type YooKassaNotification = z.infer<typeof notificationSchema>;

// Compile-time drift check against the generated spec types: our statuses are the spec's.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const paymentStatusMatches: Same<YooKassaPayment["status"], components["schemas"]["PaymentStatus"]> = true;
const refundStatusMatches: Same<YooKassaRefund["status"], components["schemas"]["RefundStatus"]> = true;
void paymentStatusMatches;
void refundStatusMatches;
