import createClient, { type Client } from "openapi-fetch";
import { env } from "@/lib/env";
import { createVendorFetch, IntegrationError, isIntegrationError, type OperationContext } from "@/lib/integrations/core";
import type { RateLimitRule } from "@/lib/integrations/core/rate-limit";
import type { paths as GeneralPaths } from "@/lib/integrations/wildberries/generated/general";
import type { paths as ItemsPaths } from "@/lib/integrations/wildberries/generated/items";
import type { paths as AnalyticsPaths } from "@/lib/integrations/wildberries/generated/analytics";
import type { paths as ReportsPaths } from "@/lib/integrations/wildberries/generated/reports";
import { WB_RATE_LIMITS, scaleRateLimits, type WbHost } from "@/lib/integrations/wildberries/rate-limits";
import { decodeWildberriesToken, stripBearer, WildberriesTokenError, type WbTokenInfo } from "@/lib/integrations/wildberries/token";
import { wbCategoryLabelKey, type WbTokenCategory } from "@/lib/integrations/wildberries/token-categories";
import { catalogueText } from "@/lib/i18n/catalogue-text";

export const WB_VENDOR = "wildberries";

export interface WildberriesCredentials {
  token: string;
}

export interface WildberriesClientOptions {
  /** Per-host base URLs; default to WB_*_API_URL (the sandbox in dev: http://127.0.0.1:4010/wb/<host>). */
  baseUrls?: Partial<Record<WbHost, string>>;
  timeoutMs?: number;
  maxAttempts?: number;
  /** Replaces the documented limits on every host (benchmarks pass []). */
  rateLimits?: RateLimitRule[];
  /** Multiplies every documented interval; tests pair it with a sandbox account scaled the same way. */
  rateLimitScale?: number;
  fetch?: typeof fetch;
}

/** openapi-fetch clients per WB host; each host has its own paths (and limits). */
export interface WildberriesHosts {
  content: Client<ItemsPaths>;
  marketplace: Client<ItemsPaths>;
  statistics: Client<ReportsPaths>;
  analytics: Client<AnalyticsPaths>;
  common: Client<GeneralPaths>;
}

export interface WildberriesConnection {
  hosts: WildberriesHosts;
  /** Any host's /ping (the method exists on every host with the same shape). */
  pingClient(host: WbHost): Client<GeneralPaths>;
  token: WbTokenInfo;
  accountKey: string;
  /** Runs one operation; a 401 on a token that lacks `category` becomes forbidden_scope naming it. */
  run<T>(category: WbTokenCategory | undefined, ctx: OperationContext, fn: () => Promise<T>): Promise<T>;
}

export function defaultBaseUrl(host: WbHost): string {
  const urls: Record<WbHost, string> = {
    content: env.WB_CONTENT_API_URL,
    statistics: env.WB_STATISTICS_API_URL,
    analytics: env.WB_ANALYTICS_API_URL,
    marketplace: env.WB_MARKETPLACE_API_URL,
    common: env.WB_COMMON_API_URL,
  };
  return urls[host];
}

/** Decodes the token for the account key; a non-JWT is reported as bad credentials, in words. */
export function readToken(token: string): WbTokenInfo {
  try {
    return decodeWildberriesToken(token);
  } catch (error) {
    if (!(error instanceof WildberriesTokenError)) throw error;
    throw new IntegrationError({ code: "auth_failed", vendor: WB_VENDOR, message: error.message, cause: error });
  }
}

export function connectWildberries(credentials: WildberriesCredentials, options: WildberriesClientOptions = {}): WildberriesConnection {
  const token = readToken(credentials.token);
  const bearer = stripBearer(credentials.token);
  const make = <P extends object>(host: WbHost): Client<P> => {
    const baseUrl = (options.baseUrls?.[host] ?? defaultBaseUrl(host)).replace(/\/+$/, "");
    const rules = options.rateLimits ?? scaleRateLimits(WB_RATE_LIMITS[host], options.rateLimitScale ?? 1);
    const vendorFetch = createVendorFetch({
      vendor: WB_VENDOR,
      accountKey: token.sellerId,
      rateLimits: rules,
      baseUrl,
      timeoutMs: options.timeoutMs ?? 60_000,
      maxAttempts: options.maxAttempts ?? 4,
      fetch: options.fetch,
    });
    return createClient<P>({ baseUrl, fetch: vendorFetch, headers: { Authorization: bearer } });
  };
  const pingClients = new Map<WbHost, Client<GeneralPaths>>();
  const hosts: WildberriesHosts = {
    content: make<ItemsPaths>("content"),
    marketplace: make<ItemsPaths>("marketplace"),
    statistics: make<ReportsPaths>("statistics"),
    analytics: make<AnalyticsPaths>("analytics"),
    common: make<GeneralPaths>("common"),
  };
  pingClients.set("common", hosts.common);

  return {
    hosts,
    token,
    accountKey: token.sellerId,
    pingClient(host) {
      let client = pingClients.get(host);
      if (!client) {
        client = make<GeneralPaths>(host);
        pingClients.set(host, client);
      }
      return client;
    },
    async run(category, ctx, fn) {
      try {
        return await fn();
      } catch (error) {
        if (isIntegrationError(error) && error.code === "auth_failed" && category && !token.categories.includes(category)) {
          // A log line for developers: the category as WB's English docs name it.
          const label = catalogueText("en", wbCategoryLabelKey(category));
          throw new IntegrationError({
            code: "forbidden_scope",
            vendor: WB_VENDOR,
            status: error.status,
            operation: ctx.operation,
            missingScopes: [category],
            message: `${WB_VENDOR} ${ctx.operation}: the token lacks the "${label}" (${category}) category`,
            cause: error,
          });
        }
        throw error;
      }
    },
  };
}
