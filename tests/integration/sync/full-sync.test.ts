import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSyncHarness, storedCounts, type SyncHarness } from "./harness";

/**
 * Every resource of both marketplaces, synced in full against a sandbox that injects 429s,
 * 5xx, timeouts, truncated and malformed bodies: the database ends equal to the sandbox's own
 * summary, and a second sync changes nothing.
 */
let h: SyncHarness;
beforeAll(async () => {
  h = await startSyncHarness({ faults: "429:0.08,503:0.08,timeout:0.04,truncate:0.05,malformed:0.05", scale: 400 });
});
afterAll(() => h?.close());

async function syncAll(conn: { organizationId: string; connectionId: string }) {
  const results = [];
  for (const resource of h.app.SYNC_RESOURCES) {
    results.push(await h.sync(conn, resource, { maxRetryWaitMs: 2_000, pageAttempts: 8 }));
  }
  return results;
}

describe.each(["wildberries", "ozon"] as const)("a full sync of %s under injected faults", (provider) => {
  it("ends with the database equal to the sandbox summary, and is idempotent", async () => {
    const conn = await h.connect(provider);
    const first = await syncAll(conn);
    expect(first.map((r) => [r.status, r.errorCode])).toEqual(first.map(() => ["succeeded", undefined]));

    const expected = await h.summary(provider, conn.accountKey);
    const stored = await storedCounts(h.db, conn.connectionId);
    expect(stored.products).toBe(expected.products);
    expect(stored.stocks).toBe(expected.stocks);
    expect(stored.orders).toBe(expected.orders);
    expect(stored.sales).toBe(expected.sales);
    if (provider === "ozon") expect(stored.order_lines).toBe(expected.order_lines);
    expect(stored.snapshots).toBeGreaterThan(0);
    const faults = (await (await h.control("/stats")).json()) as { responses: Record<string, Record<string, number>> };
    const injected = Object.entries(faults.responses[provider] ?? {}).filter(([k]) =>
      ["429", "503", "timeout", "truncate", "malformed"].includes(k),
    );
    expect(injected.length).toBeGreaterThan(0);

    const second = await syncAll(conn);
    expect(second.every((r) => r.status === "succeeded")).toBe(true);
    expect(second.reduce((sum, r) => sum + r.inserted, 0)).toBe(0);
    expect(await storedCounts(h.db, conn.connectionId)).toEqual(stored);
  }, 120_000);
});
