import { createHash } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import {
  createVendorFetch,
  IntegrationError,
  parseJson,
  RETRY_SAFE_HEADER,
  type IntegrationErrorCode,
  type OperationContext,
} from "@/lib/integrations/core";
import type { RateLimitRule } from "@/lib/integrations/core/rate-limit";
import { smsGatewayNumber, type SmsSender } from "@/lib/integrations/sms";
import type { SmsRuCredentials } from "@/lib/integrations/smsru/credentials";

/**
 * SMS.ru (`json=1` answers). Its only credential, api_id, is a request parameter; we send it
 * in a POST form body, never in a URL, so it cannot leak through URLs in logs, proxies or
 * error messages. SMS.ru answers HTTP 200 even for errors: the outcome is in `status_code`.
 */
export const SMSRU_RATE_LIMITS: RateLimitRule[] = [
  // SMS.ru documents per-recipient limits, not a request rate; a modest cap stops runaway loops.
  { group: "smsru", match: () => true, limit: 10, intervalMs: 1_000 },
];

const resultSchema = z.looseObject({
  status: z.enum(["OK", "ERROR"]),
  status_code: z.number().int(),
  status_text: z.string().optional(),
});
const sendSchema = resultSchema.extend({
  sms: z.record(z.string(), resultSchema.extend({ sms_id: z.string().optional() })).optional(),
  balance: z.number().optional(),
});
const statusSchema = resultSchema.extend({
  sms: z.record(z.string(), resultSchema.extend({ cost: z.number().optional() })).optional(),
});
const balanceSchema = resultSchema.extend({ balance: z.number().optional() });

/** SMS.ru's request-level codes that mean the credentials, not the request, are wrong. */
function codeFor(statusCode: number): IntegrationErrorCode {
  if ([200, 300, 301, 302].includes(statusCode)) return "auth_failed";
  if (statusCode === 220 || statusCode === 500) return "vendor_unavailable";
  return "bad_request";
}

export interface SmsRuStatus {
  id: string;
  statusCode: number;
  delivered: boolean;
  text?: string;
}

export interface SmsRuClient extends SmsSender {
  getStatus(id: string): Promise<SmsRuStatus>;
  getBalance(): Promise<number>;
}

export function createSmsRuClient(
  credentials: SmsRuCredentials,
  options: { baseUrl?: string; fetch?: typeof fetch; timeoutMs?: number; maxAttempts?: number } = {},
): SmsRuClient {
  const baseUrl = (options.baseUrl ?? env.SMSRU_API_URL).replace(/\/+$/, "");
  // The account key names the rate-limit bucket and circuit; a hash keeps api_id out of those maps.
  const accountKey = createHash("sha256").update(credentials.apiId).digest("hex").slice(0, 16);
  const vendorFetch = createVendorFetch({
    vendor: "smsru",
    accountKey,
    rateLimits: SMSRU_RATE_LIMITS,
    baseUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? 15_000,
    maxAttempts: options.maxAttempts,
  });

  async function call<T extends z.infer<typeof resultSchema>>(
    path: string,
    params: Record<string, string>,
    schema: z.ZodType<T>,
    retrySafe: boolean,
  ): Promise<T> {
    const ctx: OperationContext = { vendor: "smsru", operation: `POST ${path}` };
    const res = await vendorFetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
        ...(retrySafe ? { [RETRY_SAFE_HEADER]: "1" } : {}),
      },
      body: new URLSearchParams({ ...params, api_id: credentials.apiId, json: "1" }),
    });
    const answer = await parseJson(res, schema, ctx);
    if (answer.status === "ERROR") {
      throw new IntegrationError({
        code: codeFor(answer.status_code),
        vendor: "smsru",
        operation: ctx.operation,
        message: `smsru ${ctx.operation}: ${answer.status_text ?? "request rejected"} (code ${answer.status_code})`,
      });
    }
    return answer;
  }

  const client: SmsRuClient = {
    async send(phone, text) {
      const to = smsGatewayNumber(phone, "smsru");
      const answer = await call("/sms/send", { to, msg: text, ...(credentials.from ? { from: credentials.from } : {}) }, sendSchema, false);
      const result = answer.sms?.[to];
      if (!result)
        throw new IntegrationError({
          code: "contract_violation",
          vendor: "smsru",
          operation: "POST /sms/send",
          field: `sms.${to}`,
          message: "smsru POST /sms/send: no result for the recipient",
        });
      if (result.status === "ERROR" || !result.sms_id) {
        throw new IntegrationError({
          code: codeFor(result.status_code),
          vendor: "smsru",
          operation: "POST /sms/send",
          field: "phone",
          message: `smsru POST /sms/send: ${result.status_text ?? "recipient rejected"} (code ${result.status_code})`,
        });
      }
      return { id: result.sms_id };
    },
    async getStatus(id) {
      const answer = await call("/sms/status", { sms_id: id }, statusSchema, true);
      const result = answer.sms?.[id];
      if (!result || result.status_code === -1)
        throw new IntegrationError({
          code: "not_found",
          vendor: "smsru",
          operation: "POST /sms/status",
          message: "smsru POST /sms/status: message not found",
        });
      return {
        id,
        statusCode: result.status_code,
        delivered: result.status_code === 103 || result.status_code === 110,
        text: result.status_text,
      };
    },
    async getBalance() {
      const answer = await call("/my/balance", {}, balanceSchema, true);
      if (answer.balance === undefined)
        throw new IntegrationError({
          code: "contract_violation",
          vendor: "smsru",
          operation: "POST /my/balance",
          field: "balance",
          message: "smsru POST /my/balance: balance is missing",
        });
      return answer.balance;
    },
  };
  return client;
}
