import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { RateLimitRule } from "@/lib/integrations/core/rate-limit";
import { createVendorFetch } from "@/lib/integrations/core/vendor-fetch";
import { startScriptedSandbox, type ScriptedSandbox } from "./scripted-vendor";
import { startVirtualClock, type VirtualClock } from "./virtual-clock";

let s: ScriptedSandbox;
beforeAll(async () => {
  s = await startScriptedSandbox();
});
afterAll(() => s.close());

// Client and sandbox run on one virtual clock: the pace asserted below is the schedule the buckets
// produce, not a wall-clock reading that a loaded machine could stretch.
let clock: VirtualClock;
beforeEach(() => {
  clock = startVirtualClock();
});
afterEach(() => {
  vi.useRealTimers();
});

// The same limit the sandbox enforces on /v/limited: 10 requests per second, burst 3.
const limited: RateLimitRule = {
  group: "limited",
  match: (_m, path) => path === "/limited",
  limit: 10,
  intervalMs: 1000,
  burst: 3,
  costOf4xx: 5,
};

function clientFor(accountKey: string) {
  // One attempt only: a 429 would surface as an error instead of being retried away.
  const call = createVendorFetch({
    vendor: "scripted",
    accountKey,
    rateLimits: [limited],
    baseUrl: s.base,
    maxAttempts: 1,
    logger: { debug: () => {} },
    fetch: clock.transport,
  });
  return (query = "") => call(`${s.base}/limited${query}`, { headers: { "x-account": accountKey } }).then((r) => r.status);
}

const sandbox429s = () => s.sandbox.stats().scripted?.[429] ?? 0;

describe("client-side rate limiting against an enforcing sandbox", () => {
  it("sends 30 concurrent requests at the documented pace with zero 429s", async () => {
    const before = sandbox429s();
    const call = clientFor(randomUUID());
    const statuses = await clock.run(Promise.all(Array.from({ length: 30 }, () => call())));
    const elapsed = clock.elapsedMs();
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(sandbox429s() - before).toBe(0);
    // 3 at once, then 27 at no more than 10/s: about 3 s, and not much slower.
    expect(elapsed).toBeGreaterThan(2_700);
    expect(elapsed).toBeLessThan(4_500);
  });

  it("shares one budget between two clients of the same account", async () => {
    const before = sandbox429s();
    const account = randomUUID();
    const [a, b] = [clientFor(account), clientFor(account)];
    const statuses = await clock.run(Promise.all(Array.from({ length: 14 }, (_, i) => (i % 2 ? a() : b()))));
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(sandbox429s() - before).toBe(0);
    expect(clock.elapsedMs()).toBeGreaterThan(1_000);
  });

  it("keeps accounts independent", async () => {
    await clock.run(
      Promise.all([clientFor(randomUUID()), clientFor(randomUUID()), clientFor(randomUUID())].flatMap((call) => [call(), call(), call()])),
    );
    expect(clock.elapsedMs()).toBeLessThan(500);
  });

  it("charges extra tokens for a 4xx answer, as the vendor does", async () => {
    const before = sandbox429s();
    const call = clientFor(randomUUID());
    await expect(clock.run(call("?fail=1"))).rejects.toMatchObject({ code: "bad_request" });
    const started = clock.elapsedMs();
    expect(await clock.run(call())).toBe(200);
    // Burst 3, minus 1 for the failed call and 4 more for its 4xx: the next token is ~3 periods away.
    expect(clock.elapsedMs() - started).toBeGreaterThan(280);
    expect(sandbox429s() - before).toBe(0);
  });
});
