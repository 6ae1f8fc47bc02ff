import { z } from "zod";
import { env } from "@/lib/env";
import { createVendorFetch, IntegrationError, parseJson, validateBody, type OperationContext } from "@/lib/integrations/core";
import type { RateLimitRule } from "@/lib/integrations/core/rate-limit";
import type { SmsAeroCredentials } from "@/lib/integrations/smsaero/credentials";
import { smsGatewayNumber, type SmsSender } from "@/lib/integrations/sms";

/**
 * SMS Aero API v2 (gate.smsaero.ru/v2): HTTP Basic email:apiKey, answers `{ success, data, message }`.
 * Sending is never retried automatically: a lost answer may hide a sent SMS, and a second
 * one would cost money and confuse the person waiting for a code.
 */
export const SMSAERO_RATE_LIMITS: RateLimitRule[] = [
  // SMS Aero documents no request limit; a modest cap keeps a runaway loop from draining the balance.
  { group: "smsaero", match: () => true, limit: 10, intervalMs: 1_000 },
];

const envelopeSchema = z.object({ success: z.boolean(), data: z.unknown(), message: z.string().nullable().optional() });

export const smsAeroMessageSchema = z.looseObject({
  id: z.number().int(),
  number: z.string(),
  text: z.string(),
  status: z.number().int(),
  extendStatus: z.string(),
  cost: z.union([z.number(), z.string()]).optional(),
  dateCreate: z.number().int(),
});
export type SmsAeroMessage = z.infer<typeof smsAeroMessageSchema>;

const balanceSchema = z.looseObject({ balance: z.number() });

export interface SmsAeroClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxAttempts?: number;
}

export interface SmsAeroClient extends SmsSender {
  sendSms(phone: string, text: string): Promise<SmsAeroMessage>;
  getStatus(id: number): Promise<SmsAeroMessage>;
  getBalance(): Promise<number>;
  checkAuth(): Promise<void>;
}

export function createSmsAeroClient(credentials: SmsAeroCredentials, options: SmsAeroClientOptions = {}): SmsAeroClient {
  const baseUrl = (options.baseUrl ?? env.SMSAERO_API_URL).replace(/\/+$/, "");
  const vendorFetch = createVendorFetch({
    vendor: "smsaero",
    accountKey: credentials.email,
    rateLimits: SMSAERO_RATE_LIMITS,
    baseUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? 15_000,
    maxAttempts: options.maxAttempts,
  });
  const authorization = `Basic ${Buffer.from(`${credentials.email}:${credentials.apiKey}`).toString("base64")}`;

  async function call<T>(method: "GET" | "POST", path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    const ctx: OperationContext = { vendor: "smsaero", operation: `${method} /${path}` };
    const res = await vendorFetch(`${baseUrl}/${path}`, {
      method,
      headers: { authorization, accept: "application/json", ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const answer = await parseJson(res, envelopeSchema, ctx);
    // SMS Aero may answer 200 with success:false (e.g. a rejected sender name).
    if (!answer.success) {
      throw new IntegrationError({
        code: "bad_request",
        vendor: "smsaero",
        operation: ctx.operation,
        message: `smsaero ${ctx.operation}: ${answer.message ?? "request rejected"}`,
      });
    }
    return validateBody(answer, z.looseObject({ data: schema }), ctx).data;
  }

  const client: SmsAeroClient = {
    async sendSms(phone, text) {
      const number = smsGatewayNumber(phone, "smsaero");
      return call("POST", "sms/send", smsAeroMessageSchema, { number, text, sign: credentials.sign });
    },
    async send(phone, text) {
      const message = await client.sendSms(phone, text);
      return { id: String(message.id) };
    },
    getStatus: (id) => call("GET", `sms/status?id=${encodeURIComponent(String(id))}`, smsAeroMessageSchema),
    getBalance: async () => (await call("GET", "balance", balanceSchema)).balance,
    checkAuth: async () => {
      await call("GET", "auth", z.null());
    },
  };
  return client;
}
