import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSyncHarness, storedCounts, type SyncHarness } from "./harness";

/**
 * Two syncs of the same connection and resource at once (a scheduled run and a "Sync now", or
 * two CLI invocations): both finish, they share one cursor instead of fighting over it, and the
 * data ends complete with no duplicates. Stocks also check the prune of unlisted rows.
 */
let h: SyncHarness;
beforeAll(async () => {
  h = await startSyncHarness({ scale: 300 });
});
afterAll(() => h?.close());

describe("concurrent syncs of one connection", () => {
  it.each([
    ["ozon", "orders"],
    ["ozon", "stocks"],
    ["wildberries", "products"],
  ] as const)(
    "%s %s: two runs at once end complete and consistent",
    async (provider, resource) => {
      const conn = await h.connect(provider, { scale: 2500 });
      const expected = await h.summary(provider, conn.accountKey);
      const sync = () => h.sync(conn, resource);
      const [a, b] = await Promise.all([sync(), sync()]);
      expect([a.status, b.status]).toEqual(["succeeded", "succeeded"]);
      // Rows were written once: what the two runs inserted adds up to the vendor's total.
      const stored = await storedCounts(h.db, conn.connectionId);
      const column = resource === "orders" ? "order_lines" : resource;
      expect(stored[column]).toBe(expected[column]);
      expect(a.inserted + b.inserted).toBe(expected[column]);

      const cursor = await h.db.syncCursor.findFirstOrThrow({ where: { connectionId: conn.connectionId, resource } });
      expect(cursor.cursor).not.toHaveProperty("run");
      expect(cursor.lastSuccessAt).not.toBeNull();
      const runs = await h.db.syncRun.findMany({ where: { connectionId: conn.connectionId, resource } });
      expect(runs.map((r) => r.status)).toEqual(["succeeded", "succeeded"]);

      // A third, solo run finds nothing new.
      const again = await sync();
      expect([again.status, again.inserted]).toEqual(["succeeded", 0]);
      expect((await storedCounts(h.db, conn.connectionId))[column]).toBe(expected[column]);
    },
    60_000,
  );
});
