import { isIntegrationError } from "@/lib/integrations/core";
import { createOzonClient, type OzonClientOptions } from "@/lib/integrations/ozon/client";
import type { OzonCredentials } from "@/lib/integrations/ozon/credentials";
import { getApiKeyInfo, type ApiKeyInfo } from "@/lib/integrations/ozon/operations/roles";
import type { CheckMessage, CheckResult } from "@/lib/integrations/types";

/** The methods the dashboard's syncs call; a key lacking any of them is reported, not rejected. */
export const REQUIRED_METHODS = [
  "/v3/product/list",
  "/v3/product/info/list",
  "/v4/product/info/stocks",
  "/v4/posting/fbs/list",
  "/v3/posting/fbo/list",
  "/v1/analytics/data",
];

/** A granted entry may name a method or a whole prefix (`/v1/posting`); "Admin" opens everything. */
export function missingMethods(info: ApiKeyInfo): string[] {
  if (info.roles.some((r) => r.name.toLowerCase() === "admin")) return [];
  const granted = info.roles.flatMap((r) => r.methods);
  return REQUIRED_METHODS.filter((method) => !granted.some((g) => method === g || method.startsWith(`${g.replace(/\/+$/, "")}/`)));
}

/** Keys under "integrations.check" in lib/i18n/messages. */
const MESSAGES: Record<string, CheckMessage> = {
  auth_failed: { key: "ozon.authFailed" },
  forbidden_scope: { key: "ozon.forbiddenScope" },
  rate_limited: { key: "ozon.rateLimited" },
  default: { key: "ozon.unavailable" },
};

/**
 * A live check with one cheap call: `/v1/roles` both proves the credentials and tells which
 * methods the key opens and when it expires, which the connection card shows.
 */
export async function checkOzonCredentials(credentials: OzonCredentials, options: OzonClientOptions = {}): Promise<CheckResult> {
  const client = createOzonClient(credentials, { maxAttempts: 2, timeoutMs: 15_000, ...options });
  const started = performance.now();
  try {
    const info = await getApiKeyInfo(client);
    const missingScopes = missingMethods(info);
    return {
      ok: true,
      latencyMs: Math.round(performance.now() - started),
      expiresAt: info.expiresAt,
      scopes: info.roles.map((r) => r.name),
      missingScopes: missingScopes.length ? missingScopes : undefined,
      // Method paths are the same in every language, so they are interpolated as they are.
      message: missingScopes.length ? { key: "ozon.missingMethods", values: { methods: missingScopes.join(", ") } } : { key: "connected" },
    };
  } catch (error) {
    if (!isIntegrationError(error)) throw error;
    return { ok: false, latencyMs: Math.round(performance.now() - started), error, message: MESSAGES[error.code] ?? MESSAGES.default };
  }
}
