import { IntegrationError, type IntegrationErrorCode } from "@/lib/integrations/core/errors";
import { retryAfterMs } from "@/lib/integrations/core/retry-after";

export interface OperationContext {
  vendor: string;
  /** `METHOD /path`, without the query string (SMS.ru puts its api_id there). */
  operation: string;
}

export function codeForStatus(status: number): IntegrationErrorCode {
  if (status === 401) return "auth_failed";
  if (status === 403) return "forbidden_scope";
  if (status === 404) return "not_found";
  if (status === 429) return "rate_limited";
  if (status === 408) return "timeout";
  if (status >= 500) return "vendor_unavailable";
  return "bad_request";
}

const MESSAGES: Record<IntegrationErrorCode, string> = {
  auth_failed: "the vendor rejected the credentials",
  forbidden_scope: "the credentials lack permission for this method",
  not_found: "the vendor has no such resource",
  rate_limited: "the vendor's rate limit was reached",
  timeout: "the vendor did not answer in time",
  vendor_unavailable: "the vendor is unavailable",
  bad_request: "the vendor rejected the request",
  contract_violation: "the vendor's response does not match its specification",
  circuit_open: "calls are paused after repeated vendor failures",
};

/**
 * Maps a non-OK response to an IntegrationError. For rejected requests the vendor's own short
 * explanation (e.g. "dateFrom is required") is kept, since it is what a person needs to fix it.
 */
export async function errorFromResponse(res: Response, ctx: OperationContext): Promise<IntegrationError> {
  let body: unknown;
  try {
    body = JSON.parse(await res.clone().text());
  } catch {
    // Not JSON: no explanation worth repeating.
  }
  return httpError(res.status, res.headers, ctx, explain(body));
}

export function httpError(status: number, headers: Headers, ctx: OperationContext, explanation?: string): IntegrationError {
  const code = codeForStatus(status);
  const detail = ["bad_request", "not_found", "forbidden_scope"].includes(code) ? explanation : undefined;
  return new IntegrationError({
    code,
    vendor: ctx.vendor,
    status,
    operation: ctx.operation,
    retryAt: code === "rate_limited" ? new Date(Date.now() + (retryAfterMs(headers) ?? 0)) : undefined,
    message: `${ctx.vendor} ${ctx.operation}: ${MESSAGES[code]} (HTTP ${status})${detail ? `: ${detail}` : ""}`,
  });
}

export function transportError(
  code: "timeout" | "vendor_unavailable" | "circuit_open",
  ctx: OperationContext,
  cause: unknown,
  retryAt?: Date,
): IntegrationError {
  return new IntegrationError({
    code,
    vendor: ctx.vendor,
    operation: ctx.operation,
    message: `${ctx.vendor} ${ctx.operation}: ${MESSAGES[code]}`,
    cause,
    retryAt,
  });
}

const EXPLANATION_FIELDS = ["message", "description", "detail", "title", "error", "errorText", "status_text"];

/** The vendor's one-line reason from a parsed error body, if it has one. */
export function explain(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  for (const field of EXPLANATION_FIELDS) {
    const value = (body as Record<string, unknown>)[field];
    if (typeof value === "string" && value.trim()) return value.trim().slice(0, 200);
  }
  // WB statistics answers `{"errors": ["dateFrom: Value not validated"]}`.
  const errors = (body as { errors?: unknown }).errors;
  if (Array.isArray(errors) && typeof errors[0] === "string") return errors.join("; ").slice(0, 200);
  return undefined;
}
