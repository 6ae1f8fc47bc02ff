import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMoscowDateTime } from "@/lib/integrations/wildberries/moscow-time";
import { DAY_MS, startWbSandbox, type WbHarness } from "./harness";

/** A full orders sync at 200k orders (limits off, as in benchmarks), then an incremental one. */
let wb: WbHarness;
beforeAll(async () => {
  wb = await startWbSandbox({ scale: 200_000, rateLimits: "off" });
});
afterAll(() => wb.sandbox.close());

describe("Wildberries statistics paging at scale", () => {
  it("pages 200k orders in 80k pages to exactly the summary count, each srid once", async () => {
    const client = wb.client();
    const seen = new Set<string>();
    const cursors: string[] = [];
    let rows = 0;
    for await (const page of client.iterateOrders("2020-01-01")) {
      rows += page.items.length;
      for (const o of page.items) seen.add(o.srid);
      cursors.push(page.cursor);
    }
    const summary = await wb.summary(client.accountKey);
    expect(summary.orders).toBe(200_000);
    expect(rows).toBe(summary.orders);
    expect(seen.size).toBe(summary.orders);
    expect(cursors.length).toBe(3);
    const times = cursors.map((c) => parseMoscowDateTime(c) as number);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  }, 30_000);

  it("picks up new orders and late cancellations from the last cursor with a 24 h overlap", async () => {
    const client = wb.client();
    let cursor = "";
    const orders = new Map<string, boolean>();
    for await (const page of client.iterateOrders("2020-01-01")) {
      for (const o of page.items) orders.set(o.srid, o.isCancel);
      cursor = page.cursor;
    }
    wb.sandbox.advanceClock(2 * DAY_MS);
    const overlapFrom = new Date((parseMoscowDateTime(cursor) as number) - DAY_MS);
    let newOrders = 0;
    let newlyCancelled = 0;
    for await (const page of client.iterateOrders(overlapFrom)) {
      for (const o of page.items) {
        const known = orders.get(o.srid);
        if (known === undefined) newOrders++;
        else if (o.isCancel && !known) newlyCancelled++;
        orders.set(o.srid, o.isCancel);
      }
    }
    expect(newOrders).toBeGreaterThan(3000);
    expect(newlyCancelled).toBeGreaterThan(0);
    expect(orders.size).toBe((await wb.summary(client.accountKey)).orders);
  }, 30_000);
});
