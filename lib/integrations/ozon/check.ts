import { isIntegrationError } from "@/lib/integrations/core";
import { createOzonClient, type OzonClientOptions } from "@/lib/integrations/ozon/client";
import type { OzonCredentials } from "@/lib/integrations/ozon/credentials";
import { getApiKeyInfo, type ApiKeyInfo } from "@/lib/integrations/ozon/operations/roles";
import type { CheckResult, Localized } from "@/lib/integrations/types";

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

const MESSAGES: Record<string, Localized> = {
  auth_failed: {
    ru: "Ozon не принял Client-Id или API-ключ: проверьте их или создайте новый ключ",
    en: "Ozon rejected the Client-Id or API key",
  },
  forbidden_scope: { ru: "У API-ключа нет нужных ролей", en: "The API key lacks the required roles" },
  rate_limited: {
    ru: "Ozon временно ограничил запросы, попробуйте через минуту",
    en: "Ozon is rate limiting requests; try again in a minute",
  },
  default: { ru: "Ozon сейчас недоступен, попробуйте позже", en: "Ozon is unavailable right now; try again later" },
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
      message: missingScopes.length
        ? {
            ru: `Подключено, но ключу не хватает доступа к: ${missingScopes.join(", ")}`,
            en: `Connected, but the key cannot call: ${missingScopes.join(", ")}`,
          }
        : { ru: "Подключение работает", en: "Connection works" },
    };
  } catch (error) {
    if (!isIntegrationError(error)) throw error;
    return { ok: false, latencyMs: Math.round(performance.now() - started), error, message: MESSAGES[error.code] ?? MESSAGES.default };
  }
}
