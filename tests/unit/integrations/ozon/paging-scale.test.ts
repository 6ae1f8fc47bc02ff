import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFboPostings, listFbsPostings } from "@/lib/integrations/ozon/operations/postings";
import { DAY_MS, SANDBOX_START, startOzonSandbox, type OzonSandbox } from "./harness";

/** A full sync's worth of postings over real HTTP: 50k postings, 500 pages, limits off (benchmark mode). */
let oz: OzonSandbox;
beforeAll(async () => {
  oz = await startOzonSandbox({ scale: 50_000, rateLimits: "off" });
});
afterAll(() => oz.sandbox.close());

describe("Ozon postings at scale", () => {
  it("pages 50k FBS + FBO postings to exactly the summary count, without duplicates", async () => {
    const client = oz.client({ rateLimits: [] });
    const period = { since: new Date(SANDBOX_START.getTime() - 91 * DAY_MS), to: SANDBOX_START };
    const seen = new Set<string>();
    let rows = 0;
    let delivered = 0;
    let pages = 0;
    for (const list of [listFbsPostings, listFboPostings]) {
      for await (const page of list(client, period)) {
        pages++;
        for (const posting of page.items) {
          seen.add(posting.posting_number);
          rows++;
          if (posting.status === "delivered") delivered++;
        }
      }
    }
    const summary = await oz.summary();
    expect(summary.orders).toBe(50_000);
    expect(rows).toBe(summary.orders);
    expect(seen.size).toBe(rows);
    expect(delivered).toBe(summary.sales);
    expect(pages).toBe(500);
  }, 60_000);

  it("resumes from a persisted cursor after new postings arrive, and picks them up", async () => {
    const client = oz.client({ rateLimits: [] });
    const since = new Date(SANDBOX_START.getTime() - DAY_MS);
    const to = new Date(SANDBOX_START.getTime() + 2 * DAY_MS);
    const first = await listFbsPostings(client, { since, to }).next();
    if (first.done) throw new Error("no first page");
    const before = (await oz.summary()).orders;
    oz.sandbox.advanceClock(6 * 3_600_000); // six hours of new orders
    const after = (await oz.summary()).orders;
    expect(after).toBeGreaterThan(before);

    const numbers = new Set(first.value.items.map((p) => p.posting_number));
    for await (const page of listFbsPostings(client, { since, to, cursor: first.value.cursor }))
      for (const p of page.items) numbers.add(p.posting_number);
    const all = [];
    for await (const page of listFbsPostings(client, { since, to })) all.push(...page.items);
    expect(numbers.size).toBe(all.length);
    expect(all.at(-1)!.in_process_at > SANDBOX_START.toISOString()).toBe(true);
  });
});
