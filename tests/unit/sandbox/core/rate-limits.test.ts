import { describe, expect, it } from "vitest";
import { createRng } from "@/devtools/sandbox/core/prng";
import { SandboxRateLimiter } from "@/devtools/sandbox/core/rate-limiter";
import { startSandbox } from "@/devtools/sandbox/core/server";
import { createFakeVendor } from "./fake-vendor";

describe("SandboxRateLimiter", () => {
  it("allows a burst, then refills continuously and says how long to wait", () => {
    let now = 0;
    const limiter = new SandboxRateLimiter(() => now);
    const rule = { limit: 10, intervalMs: 1000, burst: 3 };
    expect([1, 2, 3].map(() => limiter.take("a", rule).ok)).toEqual([true, true, true]);
    expect(limiter.take("a", rule)).toEqual({ ok: false, retryAfterMs: 100 });
    expect(limiter.take("b", rule).ok).toBe(true); // keys are independent
    now = 100;
    expect(limiter.take("a", rule).ok).toBe(true);
    limiter.charge("a", rule, 9); // a 4xx penalty leaves the bucket in debt
    now = 1000;
    expect(limiter.take("a", rule)).toEqual({ ok: false, retryAfterMs: 100 });
  });

  it("lets everything through when disabled", () => {
    const limiter = new SandboxRateLimiter(() => 0, false);
    const rule = { limit: 1, intervalMs: 60_000 };
    expect(Array.from({ length: 5 }, () => limiter.take("a", rule).ok)).toEqual([true, true, true, true, true]);
  });
});

describe("enforced rate limits over HTTP", () => {
  it("answers 429 past the limit until the clock moves on", async () => {
    const sandbox = await startSandbox({ vendors: [createFakeVendor()], clock: "manual" });
    try {
      const call = () => fetch(`${sandbox.url}/fake/limited`, { headers: { "x-account": "s1" } });
      expect((await call()).status).toBe(200);
      expect((await call()).status).toBe(200);
      const limited = await call();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("x-fake-retry-ms"))).toBeGreaterThan(400);
      const other = await fetch(`${sandbox.url}/fake/limited`, { headers: { "x-account": "s2" } });
      expect(other.status).toBe(200);
      sandbox.advanceClock(1000);
      expect((await call()).status).toBe(200);
      expect(sandbox.stats().fake).toMatchObject({ 200: 4, 429: 1 });

      const off = await fetch(`${sandbox.url}/__sandbox/rate-limits`, { method: "POST", body: JSON.stringify({ mode: "off" }) });
      expect(off.status).toBe(200);
      expect((await Promise.all([call(), call(), call(), call()])).map((r) => r.status)).toEqual([200, 200, 200, 200]);
      sandbox.setRateLimits("enforce");
      expect((await Promise.all([call(), call(), call()])).map((r) => r.status)).toContain(429);
    } finally {
      await sandbox.close();
    }
  });

  it("never limits when rate limits are off", async () => {
    const sandbox = await startSandbox({ vendors: [createFakeVendor()], rateLimits: "off" });
    try {
      const statuses = await Promise.all(Array.from({ length: 10 }, () => fetch(`${sandbox.url}/fake/limited`).then((r) => r.status)));
      expect(new Set(statuses)).toEqual(new Set([200]));
    } finally {
      await sandbox.close();
    }
  });
});

describe("deterministic PRNG", () => {
  it("gives the same stream for the same seed and keys, and another for other keys", () => {
    const take = (rng: () => number) => Array.from({ length: 5 }, rng);
    expect(take(createRng(42, "orders", 1))).toEqual(take(createRng(42, "orders", 1)));
    expect(take(createRng(42, "orders", 2))).not.toEqual(take(createRng(42, "orders", 1)));
    expect(take(createRng(43, "orders", 1))).not.toEqual(take(createRng(42, "orders", 1)));
    const values = take(createRng(1, "x"));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
