import autocannon from "autocannon";

/**
 * Latency sampling. HTTP: autocannon for a fixed duration, every response time recorded, so
 * p50/p95 are exact rather than autocannon's fixed buckets (it has no p95). SQL: the same
 * number of concurrent workers running the page's queries for the same time.
 */
export interface Latency {
  p50: number;
  p95: number;
  count: number;
}

export function percentiles(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), count: sorted.length };
}

export async function measureHttp(options: { url: string; cookie: string; connections: number; seconds: number }): Promise<Latency> {
  const samples: number[] = [];
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    headers: { cookie: options.cookie, "accept-language": "ru" },
  });
  instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    if (status === 200) samples.push(responseTime);
  });
  const result = await instance;
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(`${options.url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return percentiles(samples);
}

/** Runs `work` in `concurrency` loops for `seconds`, timing each call. */
export async function measureLoop(work: () => Promise<unknown>, options: { concurrency: number; seconds: number }): Promise<Latency> {
  const samples: number[] = [];
  const until = performance.now() + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        await work();
        samples.push(performance.now() - started);
      }
    }),
  );
  return percentiles(samples);
}
