import { randomBytes } from "node:crypto";
import type { SandboxResponse } from "@/devtools/sandbox/core/types";

/** WB's error bodies, per the specs' shared 401/429 responses and each API's own 400 shape. */

const PROBLEM = { "content-type": "application/problem+json; charset=utf-8" };

function problem(status: number, title: string, detail: string, statusText: string, origin = "s2s-api-auth-catalog") {
  return {
    title,
    detail,
    code: `sandbox-${status}`,
    requestId: randomBytes(16).toString("hex"),
    origin,
    status,
    statusText,
    timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
  };
}

export function unauthorized(detail: string): SandboxResponse {
  return { status: 401, headers: PROBLEM, body: problem(401, "unauthorized", detail, "Unauthorized") };
}

/**
 * WB's 429 headers: seconds until a retry may pass, the bucket size, seconds until the bucket
 * is full again, and what is left (nothing, when refused).
 */
export function rateLimitHeaders(retryAfterMs: number, limit = 1, resetMs = retryAfterMs): Record<string, string> {
  return {
    "X-Ratelimit-Retry": String(Math.max(1, Math.ceil(retryAfterMs / 1000))),
    "X-Ratelimit-Limit": String(limit),
    "X-Ratelimit-Reset": String(Math.max(1, Math.ceil(resetMs / 1000))),
    "X-Ratelimit-Remaining": "0",
  };
}

export function tooManyRequests(retryAfterMs: number, limit: number, resetMs: number, bucketId: string): SandboxResponse {
  return {
    status: 429,
    headers: { ...PROBLEM, ...rateLimitHeaders(retryAfterMs, limit, resetMs) },
    body: problem(429, "too many requests", `limited by ${bucketId}`, "Too Many Requests"),
  };
}

export function notFound(path: string): SandboxResponse {
  return { status: 404, headers: PROBLEM, body: problem(404, "not found", `no such method: ${path}`, "Not Found", "sandbox") };
}

/** Statistics API 400: `{"errors": ["dateFrom: field required"]}` or `{"errors": "…"}`. */
export function statisticsBadRequest(errors: string | string[]): SandboxResponse {
  return { status: 400, body: { errors } };
}

/** Content API 400. */
export function contentBadRequest(errorText: string): SandboxResponse {
  return { status: 400, body: { data: null, error: true, errorText, additionalErrors: null } };
}

/** Analytics API 400 (ErrorObject400). */
export function analyticsBadRequest(detail: string): SandboxResponse {
  return {
    status: 400,
    body: { title: "Invalid request body", detail, requestId: randomBytes(16).toString("hex"), origin: "analytic-open-api" },
  };
}
