import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPaymentsHarness, type PaymentsHarness } from "./harness";

/**
 * The webhook on the default setting: `next start` faces the network directly and nothing the
 * sender writes into its headers is trusted, so no notification has a trustworthy address.
 */
let h: PaymentsHarness;
beforeAll(async () => {
  h = await startPaymentsHarness({ network: "none" });
});
afterAll(() => h?.close());

describe("the webhook without a proxy setting", () => {
  it("refuses a notification whose one X-Forwarded-For entry names YooKassa, and writes nothing", async () => {
    const paymentId = randomUUID();
    const forged = {
      type: "notification",
      event: "payment.succeeded",
      object: { id: paymentId, status: "succeeded", paid: true, amount: { value: "990.00", currency: "RUB" } },
    };
    // Before: a single entry could not be told from Next's own, so this passed the allowlist.
    for (const xff of ["185.71.76.1", "77.75.156.11", "127.0.0.1"]) {
      const res = await h.notify(forged, { "x-forwarded-for": xff }, { from: "203.0.113.7" });
      expect(res.status, xff).toBe(403);
    }
    expect(await h.db.webhookEvent.count({ where: { dedupeKey: { endsWith: paymentId } } })).toBe(0);
  });
});
