import { createHash } from "node:crypto";
import type { z } from "zod";
import { env } from "@/lib/env";
import { createVendorFetch, IntegrationError, parseJson, RETRY_SAFE_HEADER } from "@/lib/integrations/core";
import type { RateLimitRule } from "@/lib/integrations/core/rate-limit";
import type { DadataCredentials } from "@/lib/integrations/dadata/credentials";
import {
  addressSchema,
  cleanAddressSchema,
  partySchema,
  suggestionsSchema,
  type DadataAddress,
  type DadataCleanAddress,
  type DadataParty,
} from "@/lib/integrations/dadata/schemas";

/**
 * DaData suggestions (`Authorization: Token`) and cleaner (plus `X-Secret`). Every call only
 * reads, so POSTs are marked retry-safe. DaData allows 30 suggestion requests a second and
 * 20 cleaner requests a second per client.
 */
export const DADATA_RATE_LIMITS: RateLimitRule[] = [
  { group: "dadata-cleaner", match: (_m, path) => path.startsWith("/clean"), limit: 20, intervalMs: 1_000 },
  { group: "dadata-suggestions", match: () => true, limit: 30, intervalMs: 1_000 },
];

export interface DadataClient {
  /** The company or sole proprietor with this INN, or null when DaData knows none. */
  findPartyByInn(inn: string): Promise<DadataParty | null>;
  suggestParty(query: string, options?: { count?: number }): Promise<DadataParty[]>;
  suggestAddress(query: string, options?: { count?: number }): Promise<DadataAddress[]>;
  cleanAddress(source: string): Promise<DadataCleanAddress>;
}

export function createDadataClient(
  credentials: DadataCredentials,
  options: { suggestionsUrl?: string; cleanerUrl?: string; fetch?: typeof fetch; timeoutMs?: number; maxAttempts?: number } = {},
): DadataClient {
  const suggestionsUrl = (options.suggestionsUrl ?? env.DADATA_SUGGESTIONS_API_URL).replace(/\/+$/, "");
  const cleanerUrl = (options.cleanerUrl ?? env.DADATA_CLEANER_API_URL).replace(/\/+$/, "");
  const accountKey = createHash("sha256").update(credentials.apiKey).digest("hex").slice(0, 16);
  const common = {
    vendor: "dadata",
    accountKey,
    rateLimits: DADATA_RATE_LIMITS,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxAttempts: options.maxAttempts,
  };
  const suggestionsFetch = createVendorFetch({ ...common, baseUrl: suggestionsUrl });
  const cleanerFetch = createVendorFetch({ ...common, baseUrl: cleanerUrl });

  async function post<T>(api: "suggestions" | "cleaner", path: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
    const headers: Record<string, string> = {
      authorization: `Token ${credentials.apiKey}`,
      "content-type": "application/json",
      accept: "application/json",
      [RETRY_SAFE_HEADER]: "1",
    };
    if (api === "cleaner") {
      if (!credentials.secretKey) {
        throw new IntegrationError({
          code: "bad_request",
          vendor: "dadata",
          field: "secretKey",
          operation: `POST ${path}`,
          message: "dadata: the cleaner API needs the secret key",
        });
      }
      headers["x-secret"] = credentials.secretKey;
    }
    const [base, send] = api === "cleaner" ? [cleanerUrl, cleanerFetch] : [suggestionsUrl, suggestionsFetch];
    const res = await send(`${base}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
    return parseJson(res, schema, { vendor: "dadata", operation: `POST ${path}` });
  }

  const count = (n: number | undefined) => Math.min(Math.max(n ?? 10, 1), 20);

  return {
    async findPartyByInn(inn) {
      const { suggestions } = await post(
        "suggestions",
        "/findById/party",
        { query: inn, branch_type: "MAIN" },
        suggestionsSchema(partySchema),
      );
      return suggestions[0] ?? null;
    },
    async suggestParty(query, opts = {}) {
      return (await post("suggestions", "/suggest/party", { query, count: count(opts.count) }, suggestionsSchema(partySchema))).suggestions;
    },
    async suggestAddress(query, opts = {}) {
      return (await post("suggestions", "/suggest/address", { query, count: count(opts.count) }, suggestionsSchema(addressSchema)))
        .suggestions;
    },
    async cleanAddress(source) {
      const [result] = await post("cleaner", "/clean/address", [source], cleanAddressSchema);
      if (!result)
        throw new IntegrationError({
          code: "contract_violation",
          vendor: "dadata",
          operation: "POST /clean/address",
          field: "0",
          message: "dadata POST /clean/address: empty answer",
        });
      return result;
    },
  };
}
