import createClient from "openapi-fetch";
import { env } from "@/lib/env";
import { createVendorFetch, unwrap } from "@/lib/integrations/core";
import type { RateLimitRule } from "@/lib/integrations/core/rate-limit";
import type { YooKassaCredentials } from "@/lib/integrations/yookassa/credentials";
import type { paths } from "@/lib/integrations/yookassa/generated/api";
import {
  meSchema,
  paymentSchema,
  refundSchema,
  type YooKassaMe,
  type YooKassaPayment,
  type YooKassaRefund,
} from "@/lib/integrations/yookassa/schemas";

/**
 * YooKassa API v3, typed from the official spec. Every create carries an Idempotence-Key:
 * the caller's (e.g. derived from an order id, so a double click cannot charge twice) or a
 * fresh UUID. The key is the same on every retry, which is what makes retrying a POST safe.
 */
export const YOOKASSA_RATE_LIMITS: RateLimitRule[] = [
  // YooKassa publishes no numeric limit, only 429 with `retry_after`; stay well below trouble.
  { group: "yookassa", match: () => true, limit: 10, intervalMs: 1_000 },
];

type CreatePaymentBody = paths["/payments"]["post"]["requestBody"]["content"]["application/json"];
type CreateRefundBody = paths["/refunds"]["post"]["requestBody"]["content"]["application/json"];

export interface YooKassaClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxAttempts?: number;
}

export interface IdempotenceOptions {
  /** 1–64 characters of `[0-9a-zA-Z+-_.]`; a UUID is generated when omitted. */
  idempotenceKey?: string;
}

export function createYooKassaClient(credentials: YooKassaCredentials, options: YooKassaClientOptions = {}) {
  const baseUrl = (options.baseUrl ?? env.YOOKASSA_API_URL).replace(/\/+$/, "");
  const client = createClient<paths>({
    baseUrl,
    fetch: createVendorFetch({
      vendor: "yookassa",
      accountKey: credentials.shopId,
      rateLimits: YOOKASSA_RATE_LIMITS,
      baseUrl,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs ?? 20_000,
      maxAttempts: options.maxAttempts,
    }),
    headers: { Authorization: `Basic ${Buffer.from(`${credentials.shopId}:${credentials.secretKey}`).toString("base64")}` },
  });
  const ctx = (operation: string) => ({ vendor: "yookassa", operation });
  const idempotent = (o: IdempotenceOptions) => ({ header: { "Idempotence-Key": o.idempotenceKey ?? crypto.randomUUID() } });

  return {
    createPayment(body: CreatePaymentBody, o: IdempotenceOptions = {}): Promise<YooKassaPayment> {
      return unwrap(client.POST("/payments", { params: idempotent(o), body }), paymentSchema, ctx("POST /payments"));
    },
    getPayment(paymentId: string): Promise<YooKassaPayment> {
      const params = { path: { payment_id: paymentId } };
      return unwrap(client.GET("/payments/{payment_id}", { params }), paymentSchema, ctx("GET /payments/{payment_id}"));
    },
    createRefund(body: CreateRefundBody, o: IdempotenceOptions = {}): Promise<YooKassaRefund> {
      return unwrap(client.POST("/refunds", { params: idempotent(o), body }), refundSchema, ctx("POST /refunds"));
    },
    getRefund(refundId: string): Promise<YooKassaRefund> {
      const params = { path: { refund_id: refundId } };
      return unwrap(client.GET("/refunds/{refund_id}", { params }), refundSchema, ctx("GET /refunds/{refund_id}"));
    },
    getMe(): Promise<YooKassaMe> {
      return unwrap(client.GET("/me", {}), meSchema, ctx("GET /me"));
    },
  };
}

export type YooKassaClient = ReturnType<typeof createYooKassaClient>;
