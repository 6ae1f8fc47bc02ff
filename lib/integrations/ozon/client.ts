import createClient, { type Client } from "openapi-fetch";
import { env } from "@/lib/env";
import { createVendorFetch, RETRY_SAFE_HEADER, type OperationContext } from "@/lib/integrations/core";
import type { RateLimitRule } from "@/lib/integrations/core/rate-limit";
import type { OzonPaths } from "@/lib/integrations/ozon/api-types";
import type { OzonCredentials } from "@/lib/integrations/ozon/credentials";
import { OZON_RATE_LIMITS } from "@/lib/integrations/ozon/rate-limits";

export const OZON_VENDOR = "ozon";

export interface OzonClientOptions {
  /** Defaults to OZON_API_URL (the sandbox in dev: http://127.0.0.1:4010/ozon). */
  baseUrl?: string;
  timeoutMs?: number;
  maxAttempts?: number;
  /** Overrides the documented limits (benchmarks pass []). */
  rateLimits?: RateLimitRule[];
  fetch?: typeof fetch;
}

export interface OzonClient {
  api: Client<OzonPaths>;
  clientId: string;
  /** The context IntegrationErrors carry for an operation. */
  context(path: keyof OzonPaths): OperationContext;
}

/**
 * A typed client for one seller account. Every operation it exposes is a read: Ozon serves its
 * lists through POST, so the client marks all requests retry-safe for the shared HTTP policy.
 * Rate limits and the circuit breaker are keyed by Client-Id, shared by all clients of the account.
 */
export function createOzonClient(credentials: OzonCredentials, options: OzonClientOptions = {}): OzonClient {
  const baseUrl = (options.baseUrl ?? env.OZON_API_URL).replace(/\/+$/, "");
  const vendorFetch = createVendorFetch({
    vendor: OZON_VENDOR,
    accountKey: credentials.clientId,
    rateLimits: options.rateLimits ?? OZON_RATE_LIMITS,
    baseUrl,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxAttempts: options.maxAttempts ?? 4,
    fetch: options.fetch,
  });
  const api = createClient<OzonPaths>({
    baseUrl,
    fetch: vendorFetch,
    headers: { "Client-Id": credentials.clientId, "Api-Key": credentials.apiKey, [RETRY_SAFE_HEADER]: "1" },
  });
  return {
    api,
    clientId: credentials.clientId,
    context: (path) => ({ vendor: OZON_VENDOR, operation: `POST ${path}` }),
  };
}
