import { BrokenCircuitError, DelegateBackoff, handleWhen, retry, timeout, TimeoutStrategy } from "cockatiel";
import { logger as defaultLogger } from "@/lib/logger";
import { circuitFor, DEFAULT_CIRCUIT, type CircuitOptions } from "@/lib/integrations/core/circuit";
import { IntegrationError } from "@/lib/integrations/core/errors";
import { errorFromResponse, transportError, type OperationContext } from "@/lib/integrations/core/http-errors";
import type { RateLimitRule } from "@/lib/integrations/core/rate-limit";
import { isRetrySafe, isRetryableStatus, RETRY_SAFE_HEADER, RetryBudget } from "@/lib/integrations/core/retry-policy";
import { bucketFor, findRateLimitRule } from "@/lib/integrations/core/token-bucket";

export interface AttemptLogger {
  debug(fields: Record<string, unknown>, message: string): void;
}

export interface VendorFetchOptions {
  vendor: string;
  /** The seller account the calls act for; rate limits and the circuit breaker are per account. */
  accountKey: string;
  /** The integration's documented limits; pass [] (or other rules) to override, e.g. in benchmarks. */
  rateLimits: RateLimitRule[];
  /** The client's base URL: its path is removed before rules are matched and operations named. */
  baseUrl?: string;
  timeoutMs?: number;
  maxAttempts?: number;
  maxRetryWaitMs?: number;
  logger?: AttemptLogger;
  circuit?: CircuitOptions;
  /** The transport underneath (defaults to the global fetch). */
  fetch?: typeof fetch;
}

/** Thrown inside an attempt when our own timeout (not the caller's signal) cut it short. */
class AttemptTimeout extends Error {}

/**
 * A `fetch` with the shared HTTP policy: client-side rate limiting, per-attempt timeout,
 * retries with jittered backoff that honour the vendor's Retry-After, a per-account circuit
 * breaker, and non-OK answers turned into IntegrationErrors. Responses come back fully read,
 * so the timeout covers the body and a connection cut mid-body is retried like any network error.
 * Drop-in for openapi-fetch: `createClient<paths>({ baseUrl, fetch: createVendorFetch(...) })`.
 */
export function createVendorFetch(opts: VendorFetchOptions): typeof fetch {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const maxAttempts = opts.maxAttempts ?? 4;
  const maxRetryWaitMs = opts.maxRetryWaitMs ?? 60_000;
  const log = opts.logger ?? defaultLogger;
  const transport = opts.fetch ?? globalThis.fetch;
  const basePath = opts.baseUrl ? new URL(opts.baseUrl).pathname.replace(/\/+$/, "") : "";
  const attemptTimeout = timeout(timeoutMs, TimeoutStrategy.Cooperative);

  return async function vendorFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const method = request.method.toUpperCase();
    const url = new URL(request.url);
    const pathname = basePath && url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || "/" : url.pathname;
    const ctx: OperationContext = { vendor: opts.vendor, operation: `${method} ${pathname}` };
    const callerSignal = request.signal;
    const headers = new Headers(request.headers);
    const retrySafe = isRetrySafe(method, headers);
    headers.delete(RETRY_SAFE_HEADER);
    const body = request.body ? await request.arrayBuffer() : undefined;

    const rule = findRateLimitRule(opts.rateLimits, method, pathname);
    const bucket = rule ? bucketFor(opts.vendor, opts.accountKey, rule) : undefined;
    const isOurFailure = (e: Error) => !(e instanceof BrokenCircuitError) && !(e instanceof IntegrationError) && !callerSignal.aborted;
    const circuit = circuitFor(opts.vendor, opts.accountKey, opts.circuit ?? DEFAULT_CIRCUIT, isOurFailure, (r) => r.status >= 500);
    const budget = new RetryBudget(retrySafe ? maxAttempts : 1, maxRetryWaitMs);
    let attempt = 0;

    const retryPolicy = retry(
      handleWhen((e) => isOurFailure(e) && budget.allowRetry(attempt)).orWhenResult((value) => {
        const res = value as Response;
        if (!isRetryableStatus(res.status) || callerSignal.aborted) return false;
        const serverWaitMs = RetryBudget.serverWait(res);
        if (res.status === 429 && serverWaitMs !== undefined) bucket?.pauseFor(serverWaitMs);
        return budget.allowRetry(attempt, serverWaitMs);
      }),
      { maxAttempts: maxAttempts - 1, backoff: new DelegateBackoff(() => budget.consume()) },
    );

    const sendOnce = async (signal: AbortSignal): Promise<Response> => {
      const started = performance.now();
      const fields = { vendor: opts.vendor, operation: ctx.operation, attempt };
      try {
        const res = await transport(request.url, { method, headers, body, signal, redirect: request.redirect });
        const buffered = await readFully(res);
        log.debug({ ...fields, status: res.status, latencyMs: Math.round(performance.now() - started) }, "vendor request");
        if (rule?.costOf4xx && res.status >= 400 && res.status < 500 && res.status !== 429) bucket?.charge(rule.costOf4xx - 1);
        return buffered;
      } catch (error) {
        const timedOut = signal.aborted && !callerSignal.aborted;
        log.debug(
          { ...fields, failure: timedOut ? "timeout" : "network", latencyMs: Math.round(performance.now() - started) },
          "vendor request",
        );
        throw timedOut ? new AttemptTimeout(`no answer within ${timeoutMs} ms`, { cause: error }) : error;
      }
    };

    let res: Response;
    try {
      res = await retryPolicy.execute(async () => {
        attempt += 1;
        return circuit.policy.execute(async () => {
          await bucket?.acquire(1, callerSignal);
          return attemptTimeout.execute(({ signal }) => sendOnce(signal), callerSignal);
        });
      }, callerSignal);
    } catch (error) {
      if (callerSignal.aborted || error instanceof IntegrationError) throw error;
      if (error instanceof BrokenCircuitError) throw transportError("circuit_open", ctx, error, circuit.retryAt());
      if (error instanceof AttemptTimeout) throw transportError("timeout", ctx, error);
      throw transportError("vendor_unavailable", ctx, error);
    }
    if (!res.ok) throw await errorFromResponse(res, ctx);
    return res;
  };
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * Reads the whole body so the attempt's timeout and retries cover it, then re-wraps it. The
 * chunks are kept as they arrived and handed on as a stream, each released once read: a 50 MB
 * WB statistics page then lives in memory once, not as chunks + joined buffer + Response copy.
 */
async function readFully(res: Response): Promise<Response> {
  const chunks: Array<Uint8Array | undefined> = [];
  const hasBody = res.body !== null && !NULL_BODY_STATUSES.has(res.status);
  if (hasBody) {
    const reader = res.body!.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) chunks.push(part.value);
  }
  let next = 0;
  const body = hasBody
    ? new ReadableStream<Uint8Array>({
        pull(controller) {
          const chunk = chunks[next];
          if (chunk === undefined) return controller.close();
          chunks[next++] = undefined;
          controller.enqueue(chunk);
        },
      })
    : null;
  const copy = new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  Object.defineProperty(copy, "url", { value: res.url });
  return copy;
}
