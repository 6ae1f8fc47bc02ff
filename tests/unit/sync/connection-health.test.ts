import { describe, expect, it } from "vitest";
import { evaluateHealth, findStaleResources, HEALTH_POLICY, type HealthStanding } from "@/lib/health/connection-health";

const now = new Date("2026-06-01T12:00:00Z");
const DAY = 86_400_000;
const standing = (over: Partial<HealthStanding> = {}): HealthStanding => ({
  state: "healthy",
  consecutiveFailures: 0,
  disabled: false,
  tokenExpiresAt: new Date(now.getTime() + 100 * DAY),
  staleResources: [],
  recentErrorRate: 0,
  ...over,
});
const ok = { source: "check" as const, ok: true, latencyMs: 120, at: now };
const fail = (errorCode: string) => ({ source: "sync" as const, ok: false, errorCode, at: now });

describe("the connection health model", () => {
  it("is healthy after a fast successful call and resets the failure streak", () => {
    expect(evaluateHealth(standing({ state: "degraded", consecutiveFailures: 3 }), ok)).toMatchObject({
      state: "healthy",
      consecutiveFailures: 0,
      disableNow: false,
    });
  });

  it("keeps a rejected key rejected through vendor outages, until a call succeeds", () => {
    const rejected = standing({ state: "auth_failed", consecutiveFailures: 1 });
    for (const code of ["vendor_unavailable", "timeout", "circuit_open"]) {
      expect(evaluateHealth(rejected, fail(code))).toMatchObject({ state: "auth_failed", consecutiveFailures: 2 });
    }
    expect(evaluateHealth(rejected, fail("vendor_unavailable")).reason).toMatch(/rejected earlier.*vendor_unavailable/);
    expect(evaluateHealth(rejected, ok).state).toBe("healthy");
    expect(evaluateHealth(standing({ state: "auth_failed", consecutiveFailures: 4 }), fail("timeout")).state).toBe("disabled");
  });

  it("goes to auth_failed at once on a rejected token, and on a missing token category", () => {
    expect(evaluateHealth(standing(), fail("auth_failed")).state).toBe("auth_failed");
    expect(evaluateHealth(standing(), fail("forbidden_scope")).state).toBe("auth_failed");
    const missing = evaluateHealth(standing(), { ...ok, missingScopes: ["statistics"] });
    expect(missing).toMatchObject({ state: "auth_failed", consecutiveFailures: 1 });
    expect(missing.reason).toContain("statistics");
  });

  it("is degraded on errors, on slow answers and on a high recent error rate", () => {
    expect(evaluateHealth(standing(), fail("vendor_unavailable"))).toMatchObject({ state: "degraded", consecutiveFailures: 1 });
    expect(evaluateHealth(standing(), { ...ok, latencyMs: HEALTH_POLICY.slowLatencyMs + 1 }).state).toBe("degraded");
    expect(evaluateHealth(standing({ recentErrorRate: 0.5 }), ok).state).toBe("degraded");
  });

  it("warns about a token expiring within 14 days, not before", () => {
    expect(evaluateHealth(standing({ tokenExpiresAt: new Date(now.getTime() + 13 * DAY) }), ok)).toMatchObject({
      state: "token_expiring",
      reason: "token expires in 13 days",
    });
    expect(evaluateHealth(standing({ tokenExpiresAt: new Date(now.getTime() + 15 * DAY) }), ok).state).toBe("healthy");
  });

  it("is stale when a resource missed its freshness target", () => {
    expect(evaluateHealth(standing({ staleResources: ["orders"] }), ok)).toMatchObject({ state: "stale", reason: "stale data: orders" });
  });

  it("disables the connection after N consecutive failures, and stays disabled", () => {
    const n = HEALTH_POLICY.disableAfterFailures;
    expect(evaluateHealth(standing({ consecutiveFailures: n - 2 }), fail("timeout"))).toMatchObject({
      state: "degraded",
      disableNow: false,
    });
    const verdict = evaluateHealth(standing({ consecutiveFailures: n - 1 }), fail("timeout"));
    expect(verdict).toMatchObject({ state: "disabled", consecutiveFailures: n, disableNow: true });
    expect(evaluateHealth(standing({ disabled: true, state: "disabled" }), ok)).toMatchObject({ state: "disabled", disableNow: false });
  });

  it("ranks a credential failure above an expiring token and stale data", () => {
    const s = standing({ tokenExpiresAt: new Date(now.getTime() + DAY), staleResources: ["sales"] });
    expect(evaluateHealth(s, fail("auth_failed")).state).toBe("auth_failed");
    expect(evaluateHealth(s, ok).state).toBe("token_expiring");
  });
});

describe("freshness targets", () => {
  const targets = { orders: 3 * 3600_000, products: 36 * 3600_000 };
  it("names resources whose last success is too old, and never-synced ones once the connection is older than the target", () => {
    const created = new Date(now.getTime() - 2 * DAY);
    expect(findStaleResources({ orders: new Date(now.getTime() - 3600_000), products: null }, targets, created, now)).toEqual(["products"]);
    expect(findStaleResources({}, targets, new Date(now.getTime() - 3600_000), now)).toEqual([]);
    expect(
      findStaleResources({ orders: new Date(now.getTime() - 4 * 3600_000) }, targets, new Date(now.getTime() - 3600_000), now),
    ).toEqual(["orders"]);
  });
});
