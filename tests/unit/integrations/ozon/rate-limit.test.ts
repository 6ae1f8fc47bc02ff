import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createOzonClient } from "@/lib/integrations/ozon/client";
import { listProducts } from "@/lib/integrations/ozon/operations/products";
import { OZON_RATE_LIMITS } from "@/lib/integrations/ozon/rate-limits";
import { startVirtualClock, type VirtualClock } from "../core/virtual-clock";
import { startOzonSandbox, type OzonSandbox } from "./harness";

/**
 * The sandbox enforces Ozon's 50 requests per second per Client-Id. Firing more requests at once
 * than that, the client's limiter must keep the sandbox from ever answering 429; without the
 * limiter the same burst does get 429s (so the enforcement is real), which the client retries.
 */
let oz: OzonSandbox;
beforeAll(async () => {
  oz = await startOzonSandbox({ rateLimits: "enforce" });
});
afterAll(() => oz.sandbox.close());

// Client and sandbox share one virtual clock: a burst reaches the sandbox at one instant and the
// limiter's pace is its schedule, whatever else this machine is busy with.
let clock: VirtualClock;
beforeEach(() => {
  clock = startVirtualClock();
});
afterEach(() => {
  vi.useRealTimers();
});

const fire = (client: ReturnType<typeof createOzonClient>, count: number) =>
  clock.run(Promise.all(Array.from({ length: count }, () => listProducts(client, { limit: 1 }).next())));

describe("Ozon rate limits", () => {
  it("keeps 429s at zero over a few seconds at the documented limit", async () => {
    const account = await oz.createAccount(1000);
    const client = createOzonClient(account, { baseUrl: oz.baseUrl, rateLimits: OZON_RATE_LIMITS, fetch: clock.transport });
    const before = oz.stats();
    const started = clock.elapsedMs();
    const results = await fire(client, 130);
    const elapsed = clock.elapsedMs() - started;
    const after = oz.stats();
    expect(results.every((r) => r.value?.items.length === 1)).toBe(true);
    expect((after[429] ?? 0) - (before[429] ?? 0)).toBe(0);
    expect((after[200] ?? 0) - (before[200] ?? 0)).toBe(130);
    // 50 at once, then no faster than the refill: well over a second for 130 requests.
    expect(elapsed).toBeGreaterThan(1_500);
  }, 20_000);

  it("without the client limiter the sandbox answers 429 in Ozon's shape, and the client still gets through", async () => {
    const account = await oz.createAccount(1000);
    const raw = await Promise.all(
      Array.from({ length: 70 }, () =>
        fetch(`${oz.baseUrl}/v3/product/list`, {
          method: "POST",
          headers: { "client-id": account.clientId, "api-key": account.apiKey, "content-type": "application/json" },
          body: '{"limit":1}',
        }),
      ),
    );
    const limited = raw.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(15);
    expect(Number(limited[0].headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await limited[0].json()).toEqual({ code: 8, message: "You have reached request rate limit per second", details: [] });

    const unthrottled = createOzonClient(account, { baseUrl: oz.baseUrl, rateLimits: [], fetch: clock.transport });
    const results = await fire(unthrottled, 60);
    expect(results.every((r) => r.value?.items.length === 1)).toBe(true);
  }, 20_000);
});
