import { isIntegrationError } from "@/lib/integrations/core/errors";
import { httpStatusFor, isAppError } from "@/lib/errors/app-error";

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

export function describeError(error: unknown): SafeError {
  if (isAppError(error)) {
    const params = { ...(error.params ?? {}) };
    if (error.retryAfterSeconds !== undefined) params.seconds = error.retryAfterSeconds;
    if (error.retryAfterSeconds !== undefined) params.minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    return {
      key: error.code,
      params,
      code: error.code,
      status: httpStatusFor(error),
      field: error.field,
      retryAfterSeconds: error.retryAfterSeconds,
      unexpected: error.code === "internal",
    };
  }
  if (isIntegrationError(error)) {
    const retryAfterSeconds = error.retryAt ? Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 1000)) : undefined;
    const key = error.code === "auth_failed" ? "integration_auth_failed" : error.transient ? "dependency_unavailable" : "integration_failed";
    return { key, params: { vendor: error.vendor }, code: `integration_${error.code}`, status: error.transient ? 503 : 502, retryAfterSeconds, unexpected: false };
  }
  return { key: "internal", params: {}, code: "internal", status: 500, unexpected: true };
}
