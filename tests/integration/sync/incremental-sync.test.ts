import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSyncHarness, storedCounts, type SyncHarness } from "./harness";

/**
 * Incremental WB statistics: the second run starts a day before where the first ended (WB
 * fills some fields up to 24 h late), picks up the new orders and the cancellations of old
 * ones (an update, not a duplicate), and the database again equals the vendor's data.
 */
let h: SyncHarness;
beforeAll(async () => {
  h = await startSyncHarness({ scale: 2000 });
});
afterAll(() => h?.close());

describe("incremental WB orders and sales", () => {
  it("re-reads the overlap window, inserts new rows and updates changed ones", async () => {
    const conn = await h.connect("wildberries", { scale: 5000 });
    const sync = (resource: "orders" | "sales") => h.sync(conn, resource);
    expect((await sync("orders")).status).toBe("succeeded");
    expect((await sync("sales")).status).toBe("succeeded");
    const cancelledBefore = await h.db.order.count({ where: { connectionId: conn.connectionId, isCancelled: true } });

    await h.control("/clock", { advanceMs: 12 * 3_600_000 });
    const orders = await sync("orders");
    const sales = await sync("sales");
    expect([orders.status, sales.status]).toEqual(["succeeded", "succeeded"]);
    expect(orders.inserted).toBeGreaterThan(0);
    // Orders cancelled in those 12 hours come back with a later lastChangeDate: updated in place.
    expect(orders.updated).toBeGreaterThan(0);
    // The overlap: rows already stored were read again (and left alone when unchanged).
    expect(orders.fetched).toBeGreaterThan(orders.inserted + orders.updated);

    const expected = await h.summary("wildberries", conn.accountKey);
    const stored = await storedCounts(h.db, conn.connectionId);
    expect([stored.orders, stored.sales]).toEqual([expected.orders, expected.sales]);
    expect(await h.db.order.count({ where: { connectionId: conn.connectionId, isCancelled: true } })).toBeGreaterThan(cancelledBefore);
    const cursor = await h.db.syncCursor.findFirstOrThrow({ where: { connectionId: conn.connectionId, resource: "orders" } });
    expect(cursor.cursor).toHaveProperty("watermark.dateFrom");
  });
});
