/**
 * How long a vendor asked us to wait, in ms, from its response headers:
 * `Retry-After` (seconds or an HTTP date), then WB's `X-Ratelimit-Retry` (seconds), then
 * `X-Ratelimit-Reset` (seconds until the window resets) as the last resort.
 */
export function retryAfterMs(headers: Headers, nowMs = Date.now()): number | undefined {
  const retryAfter = headers.get("retry-after");
  if (retryAfter !== null) {
    const parsed = parseRetryAfter(retryAfter, nowMs);
    if (parsed !== undefined) return parsed;
  }
  for (const name of ["x-ratelimit-retry", "x-ratelimit-reset"]) {
    const seconds = parseSeconds(headers.get(name));
    if (seconds !== undefined) return seconds * 1000;
  }
  return undefined;
}

function parseRetryAfter(value: string, nowMs: number): number | undefined {
  const seconds = parseSeconds(value);
  if (seconds !== undefined) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

function parseSeconds(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}
