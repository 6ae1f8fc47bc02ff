import { z } from "zod";
import { CONNECTION_ERROR_CODES, connectionMessageKey } from "@/lib/connections/errors";
import { APP_ERROR_CODES, isAppError } from "@/lib/errors/app-error";
import { isIntegrationError } from "@/lib/integrations/core/errors";

/**
 * THE place that turns any thrown error into something safe to show: a message key in the
 * "errors" namespace of lib/i18n/messages, its parameters, and the HTTP-equivalent status.
 * Raw `error.message` never reaches a person; unknown errors become "internal".
 */
export interface SafeError {
  /** Key inside the "errors" messages namespace. */
  key: string;
  params: Record<string, string | number>;
  code: string;
  status: number;
  field?: string;
  retryAfterSeconds?: number;
  /** True when the error was not expected and must be logged by the caller. */
  unexpected: boolean;
}

/** The keys describeError gives vendor failures (beside the shared "dependency_unavailable"). */
const INTEGRATION_MESSAGE_KEYS = [
  "integration_auth_failed",
  "integration_failed",
  "integration_forbidden_scope",
  "integration_rate_limited",
];

/** Every key describeError can produce: both catalogues must have each (tests derive from this list). */
export const ERROR_MESSAGE_KEYS: readonly string[] = [
  ...new Set([...APP_ERROR_CODES, ...INTEGRATION_MESSAGE_KEYS, ...CONNECTION_ERROR_CODES.map(connectionMessageKey)]),
];

export function describeError(error: unknown): SafeError {
  if (error instanceof z.ZodError) {
    // Input that passed no schema: the form's own validation reports the fields; here only the fact.
    return { key: "invalid_input", params: {}, code: "validation", status: 400, unexpected: false };
  }
  if (isAppError(error)) {
    const params = { ...(error.params ?? {}) };
    if (error.retryAfterSeconds !== undefined) params.seconds = error.retryAfterSeconds;
    if (error.retryAfterSeconds !== undefined) params.minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    return {
      key: error.messageKey,
      params,
      code: error.messageKey,
      status: error.status,
      field: error.field,
      retryAfterSeconds: error.retryAfterSeconds,
      unexpected: error.unexpected,
    };
  }
  if (isIntegrationError(error)) {
    const retryAfterSeconds = error.retryAt ? Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 1000)) : undefined;
    const params: Record<string, string | number> = { vendor: error.vendor };
    let key = error.code === "auth_failed" ? "integration_auth_failed" : error.transient ? "dependency_unavailable" : "integration_failed";
    // The two a seller can act on get their specifics: which token categories to add, and when to retry (Moscow time).
    if (error.code === "forbidden_scope") {
      key = "integration_forbidden_scope";
      params.scopes = error.missingScopes?.join(", ") || "—";
    } else if ((error.code === "rate_limited" || error.code === "circuit_open") && error.retryAt) {
      key = "integration_rate_limited";
      params.time = formatMoscowClock(error.retryAt);
    }
    return { key, params, code: `integration_${error.code}`, status: error.transient ? 503 : 502, retryAfterSeconds, unexpected: false };
  }
  return { key: "internal", params: {}, code: "internal", status: 500, unexpected: true };
}

/** "14:05" in Moscow time, the time sellers read marketplace limits in. */
function formatMoscowClock(instant: Date): string {
  return new Intl.DateTimeFormat("ru-RU", { timeZone: "Europe/Moscow", hour: "2-digit", minute: "2-digit" }).format(instant);
}
