import http from "node:http";
import https from "node:https";
import { headerKeys } from "inngest";
import type { OutgoingOp } from "./protocol";
import { canonicalBody, signRequest } from "./request-signature";

/** What one request to the app's serve endpoint came back with. */
export type AppResponse =
  | { kind: "completed"; output: unknown; version?: number }
  | { kind: "ops"; ops: OutgoingOp[]; retryAfterMs?: number; version?: number }
  | { kind: "error"; error: unknown; retriable: boolean; retryAfterMs?: number; version?: number };

/**
 * `retry-after` as the SDK writes it for a `RetryAfterError`: whole seconds, or an ISO date.
 */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

/** Maps the SDK's status codes: 200 result, 206 ops, 4xx/5xx error (`x-inngest-no-retry` decides). */
export function interpretAppResponse(status: number, headers: http.IncomingHttpHeaders, text: string): AppResponse {
  const header = (name: string) => {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
  };
  const rawVersion = Number(header(headerKeys.RequestVersion));
  const version = Number.isInteger(rawVersion) && rawVersion > 0 ? rawVersion : undefined;
  const retryAfterMs = parseRetryAfter(header(headerKeys.RetryAfter));
  const body = parseJson(text);
  if (status === 200) return { kind: "completed", output: body, version };
  if (status === 206 && Array.isArray(body)) return { kind: "ops", ops: body as OutgoingOp[], retryAfterMs, version };
  if (status === 206 && body && typeof body === "object") return { kind: "ops", ops: [body as OutgoingOp], retryAfterMs, version };
  const retriable = header(headerKeys.NoRetry) !== "true" && status !== 400 && status !== 401 && status !== 404;
  return { kind: "error", error: body ?? { message: `HTTP ${status}` }, retriable, retryAfterMs, version };
}

/**
 * POSTs a run request with node:http rather than fetch: a step may legitimately run for many
 * minutes, and fetch's dispatcher gives up waiting for response headers after 300 s.
 */
export function postToApp(
  url: string,
  body: unknown,
  options: { timeoutMs: number; signal: AbortSignal; signingKey?: string },
): Promise<AppResponse> {
  // Signed, the body goes out as canonical JSON: the bytes the SDK checks the signature against.
  const payload = options.signingKey ? canonicalBody(body) : JSON.stringify(body);
  const target = new URL(url);
  const transport = target.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const req = transport.request(
      target,
      {
        method: "POST",
        signal: options.signal,
        timeout: options.timeoutMs,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          ...(options.signingKey
            ? { [headerKeys.Signature]: signRequest(payload, options.signingKey), [headerKeys.InngestServerKind]: "cloud" }
            : { [headerKeys.InngestServerKind]: "dev" }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve(interpretAppResponse(res.statusCode ?? 500, res.headers, Buffer.concat(chunks).toString("utf8"))));
        res.on("error", (error) => resolve({ kind: "error", error: { message: error.message }, retriable: true }));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`No response from ${target.origin} within ${options.timeoutMs} ms`)));
    req.on("error", (error) =>
      resolve({ kind: "error", error: { name: "ExecutorRequestError", message: error.message }, retriable: true }),
    );
    req.end(payload);
  });
}
