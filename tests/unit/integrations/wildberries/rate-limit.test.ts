import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startVirtualClock, type VirtualClock } from "../core/virtual-clock";
import { startWbSandbox, type WbHarness } from "./harness";

/**
 * The sandbox enforces WB's documented limits exactly; the client's limiter must keep 429s at
 * zero. To keep this short, the accounts are created with rateLimitScale 0.01 and the client
 * uses the same factor: every documented interval shrinks (0.08: "1 per minute, burst 10"
 * becomes "1 per 4.8 s, burst 10") while bursts and the 4xx rule stay as documented.
 */
const SCALE = 0.01;
/** Slower factor for the zero-429 test: the client's 3% slowdown on longer intervals absorbs arrival jitter. */
const ZERO_429_SCALE = 0.08;
// Client and sandbox share one virtual clock, so the documented intervals are kept to the
// millisecond and no event-loop congestion can move a request's arrival.
let clock: VirtualClock;
beforeEach(() => {
  clock = startVirtualClock();
});
afterEach(() => {
  vi.useRealTimers();
});
let wb: WbHarness;
beforeAll(async () => {
  wb = await startWbSandbox({ scale: 300, rateLimits: "enforce" });
});
afterAll(() => wb.sandbox.close());

const tooMany = () => wb.sandbox.stats().wildberries?.["429"] ?? 0;

describe("Wildberries rate limits", () => {
  it("keeps 429s at zero with the client limiter on, while going no faster than documented", async () => {
    const { token } = await wb.createAccount({ rateLimitScale: ZERO_429_SCALE, scale: 300 });
    const client = wb.client(token, { rateLimits: undefined, rateLimitScale: ZERO_429_SCALE, fetch: clock.transport });
    await wb.client().ping(); // warm the sandbox up so cold-start pauses do not skew arrival times
    const before = tooMany();
    const started = clock.elapsedMs();
    // One method group at a time, as the sync calls them.
    // orders: burst 10, then one per 4.8 s → 11 calls need ≥ 4.8 s.
    await clock.run(Promise.all(Array.from({ length: 11 }, () => client.listOrders({ dateFrom: "2026-05-31" }))));
    // sales: burst 1, one per 4.8 s → 2 calls need ≥ 4.8 s.
    await clock.run(Promise.all(Array.from({ length: 2 }, () => client.listSales({ dateFrom: "2026-05-31" }))));
    // stocks report: burst 1, one per 1.6 s.
    await clock.run(Promise.all(Array.from({ length: 2 }, () => client.getStocksReport({ limit: 10 }))));
    // cards: burst 5, then one per 48 ms.
    await clock.run(Promise.all(Array.from({ length: 8 }, () => client.listCards({ limit: 2 }))));
    const elapsed = clock.elapsedMs() - started;
    expect(tooMany() - before).toBe(0);
    expect(elapsed).toBeGreaterThanOrEqual(4_800 + 4_800 + 1_600);
  });

  it("the sandbox answers WB's 429 with X-Ratelimit headers once a burst is spent", async () => {
    const { token } = await wb.createAccount({ rateLimitScale: SCALE, scale: 300 });
    const url = `${wb.baseUrls.statistics}/api/v1/supplier/sales?dateFrom=2026-05-31`;
    const first = await fetch(url, { headers: { Authorization: token } });
    const second = await fetch(url, { headers: { Authorization: token } });
    expect(first.status).toBe(200);
    expect(second.status).toBe(429);
    expect(second.headers.get("x-ratelimit-retry")).toBe("1");
    expect(second.headers.get("x-ratelimit-limit")).toBe("1");
    expect(second.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(second.headers.get("x-ratelimit-reset")).toMatch(/^\d+$/);
    expect(await second.json()).toMatchObject({ title: "too many requests", status: 429 });
  });

  it("without the client limiter the same calls hit 429s, which are retried after X-Ratelimit-Retry", async () => {
    const { token } = await wb.createAccount({ rateLimitScale: SCALE, scale: 300 });
    const client = wb.client(token, { rateLimits: [], maxAttempts: 4, fetch: clock.transport });
    const before = tooMany();
    const results = await clock.run(Promise.all(Array.from({ length: 12 }, () => client.listOrders({ dateFrom: "2026-05-31" }))));
    expect(results.every((rows) => rows.length > 0)).toBe(true);
    expect(tooMany() - before).toBeGreaterThan(0);
  });
});
