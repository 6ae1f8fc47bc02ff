import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPaymentsHarness, type PaymentsHarness } from "./harness";

/** Payments through the YooKassa sandbox over HTTP and the real webhook route, on a real database. */
let h: PaymentsHarness;
beforeAll(async () => {
  h = await startPaymentsHarness();
});
afterAll(() => h?.close());

type Shop = Awaited<ReturnType<PaymentsHarness["organizationWithShop"]>>;

type Payment = Awaited<ReturnType<typeof newPayment>>;

async function newPayment(shop: Shop, amount = "1500.00") {
  return h.data.createPayment({
    db: h.db,
    organizationId: shop.organizationId,
    amount,
    description: "Подписка",
    requestId: randomUUID(),
    returnUrl: h.returnUrl,
  });
}

/** The payment as YooKassa holds it: what a genuine notification carries. */
async function sandboxPayment(shop: Shop, providerId: string) {
  const auth = `Basic ${Buffer.from(`${shop.credentials.shopId}:${shop.credentials.secretKey}`).toString("base64")}`;
  return (await (await fetch(`${h.sandbox.url}/yookassa/payments/${providerId}`, { headers: { authorization: auth } })).json()) as Record<
    string,
    unknown
  >;
}

/** A fresh pending payment and a notification claiming it succeeded: the body a forger would send. */
async function pendingPaymentWithForgedSuccess() {
  const shop = await h.organizationWithShop();
  const payment = await newPayment(shop);
  const object = { ...(await sandboxPayment(shop, payment.providerId!)), status: "succeeded", paid: true };
  return { payment, forged: { type: "notification", event: "payment.succeeded", object } };
}

/**
 * Pays or declines in the sandbox with this shop unsubscribed first, so the sandbox's own delivery never
 * races the test's; returns the genuine notification the test then delivers itself.
 */
async function settleUnannounced(shop: Shop, payment: Payment, action: "pay" | "decline", event: string) {
  h.vendor.notifier.unsubscribe(h.vendor.notifier.subscriptions().find((s) => s.shopId === shop.shopId)!.url);
  await fetch(`${h.sandbox.url}/yookassa/__payments/${payment.providerId}/${action}`, { method: "POST" });
  return { type: "notification", event, object: await sandboxPayment(shop, payment.providerId!) };
}

const eventsFor = (providerId: string) =>
  h.db.webhookEvent.findMany({ where: { provider: "yookassa", dedupeKey: { endsWith: providerId } } });

describe("creating a payment", () => {
  it("stores the row with its key first and returns the same payment on every retry of the same request", async () => {
    const shop = await h.organizationWithShop();
    const input = {
      organizationId: shop.organizationId,
      amount: "2490.50",
      description: "Тариф «Про»",
      requestId: randomUUID(),
      returnUrl: h.returnUrl,
    };
    const first = await h.data.createPayment({ db: h.db, ...input });
    expect(first).toMatchObject({ status: "pending", amount: "2490.50", currency: "RUB" });
    expect(first.confirmationUrl).toContain(`/yookassa/__checkout/${first.providerId}`);

    // The answer was lost after YooKassa created the payment: the retry repeats the same request.
    await h.db.payment.update({ where: { id: first.id }, data: { providerId: null } });
    const [again, concurrent] = await Promise.all([
      h.data.createPayment({ db: h.db, ...input }),
      h.data.createPayment({ db: h.db, ...input }),
    ]);
    expect(again.providerId).toBe(first.providerId);
    expect(concurrent.providerId).toBe(first.providerId);
    expect(await h.db.payment.count({ where: { organizationId: shop.organizationId } })).toBe(1);
    expect(h.vendor.payments.countsFor(shop.shopId).payments).toBe(1);
    expect(await h.data.listPayments({ db: h.db, organizationId: shop.organizationId })).toEqual([
      expect.objectContaining({ id: first.id, providerId: first.providerId }),
    ]);
  });

  it("another organisation's request id is refused and writes nothing", async () => {
    const [mine, theirs] = [await h.organizationWithShop(), await h.organizationWithShop()];
    const requestId = randomUUID();
    await h.data.createPayment({
      db: h.db,
      organizationId: mine.organizationId,
      amount: "10.00",
      description: "A",
      requestId,
      returnUrl: h.returnUrl,
    });
    await expect(
      h.data.createPayment({
        db: h.db,
        organizationId: theirs.organizationId,
        amount: "10.00",
        description: "A",
        requestId,
        returnUrl: h.returnUrl,
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await h.data.listPayments({ db: h.db, organizationId: theirs.organizationId })).toEqual([]);
    expect(h.vendor.payments.countsFor(theirs.shopId).payments).toBe(0);
  });
});

describe("the webhook", () => {
  it("refuses a sender outside YooKassa's networks with 403 whatever its headers claim, and writes nothing", async () => {
    const { payment, forged } = await pendingPaymentWithForgedSuccess();
    // The attack: one forged X-Forwarded-For naming a YooKassa address (or loopback) used to pass.
    const claims: Record<string, string>[] = [
      {},
      { "x-forwarded-for": "185.71.76.1" },
      { "x-forwarded-for": "185.71.76.1, 127.0.0.1" },
      { "x-real-ip": "185.71.76.1" },
    ];
    for (const claimed of claims) {
      const res = await h.notify(forged, claimed, { from: "203.0.113.7" });
      expect(res.status, JSON.stringify(claimed)).toBe(403);
    }
    expect(await eventsFor(payment.providerId!)).toEqual([]);
    expect((await h.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("pending");
  });

  it("accepts the same notification from YooKassa's network through the proxy", async () => {
    const { forged } = await pendingPaymentWithForgedSuccess();
    const res = await h.notify(forged, { "x-forwarded-for": "203.0.113.7" }, { from: "185.71.76.1" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ outcome: "rejected" });
  });

  it("refuses a body over 64 KB with 413 before storing or parsing anything", async () => {
    const { payment, forged } = await pendingPaymentWithForgedSuccess();
    const padded = (bytes: number) => JSON.stringify({ ...forged, padding: "x".repeat(bytes) });
    // The attack: a 10 MB body from an allowed address used to be stored whole as the event payload.
    for (const body of [padded(10 * 1024 * 1024), padded(64 * 1024)]) {
      const res = await h.notify(body);
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({ error: "payload too large" });
    }
    expect(await eventsFor(payment.providerId!)).toEqual([]);
    // A real notification with room to spare still gets through.
    expect((await h.notify(padded(1024))).status).toBe(200);
    expect(await eventsFor(payment.providerId!)).toHaveLength(1);
  });

  it("corrects a forged body with the re-fetched payment, then processes the genuine notification", async () => {
    const { payment, forged } = await pendingPaymentWithForgedSuccess();
    const res = await h.notify(forged);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ outcome: "rejected" });
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: "pending", paidAt: null });

    // The payer pays; the sandbox notifies the webhook from 127.0.0.1 under the same key.
    await fetch(`${h.sandbox.url}/yookassa/__payments/${payment.providerId}/pay`, { method: "POST" });
    await h.vendor.notifier.settled();
    const paid = await h.db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(paid.status).toBe("succeeded");
    expect(paid.paidAt).not.toBeNull();
    expect(await eventsFor(payment.providerId!)).toEqual([
      expect.objectContaining({ dedupeKey: `payment.succeeded:${payment.providerId}`, status: "processed" }),
    ]);
  });

  it("processes a notification delivered several times, also concurrently, exactly once", async () => {
    const shop = await h.organizationWithShop();
    const payment = await newPayment(shop);
    const genuine = await settleUnannounced(shop, payment, "pay", "payment.succeeded");

    const answers = await Promise.all(Array.from({ length: 5 }, () => h.notify(genuine)));
    const outcomes = await Promise.all(answers.map(async (r) => ({ status: r.status, ...((await r.json()) as { outcome: string }) })));
    expect(outcomes.map((o) => o.status)).toEqual([200, 200, 200, 200, 200]);
    expect(outcomes.filter((o) => o.outcome === "processed")).toHaveLength(1);
    expect(outcomes.filter((o) => o.outcome === "duplicate")).toHaveLength(4);
    expect(await (await h.notify(genuine)).json()).toEqual({ outcome: "duplicate" });
    expect(await eventsFor(payment.providerId!)).toHaveLength(1);
    expect((await h.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("succeeded");
  });

  it("answers 500 while YooKassa cannot be asked, keeps the event retryable, and processes the retry", async () => {
    const shop = await h.organizationWithShop();
    const payment = await newPayment(shop);
    const genuine = await settleUnannounced(shop, payment, "decline", "payment.canceled");

    h.sandbox.setFaults("500:1");
    try {
      expect((await h.notify(genuine)).status).toBe(500);
    } finally {
      h.sandbox.setFaults("");
    }
    expect(await eventsFor(payment.providerId!)).toEqual([
      expect.objectContaining({ status: "failed", error: "integration_vendor_unavailable" }),
    ]);
    expect((await h.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("pending");

    expect(await (await h.notify(genuine)).json()).toEqual({ outcome: "processed" });
    expect((await h.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("canceled");
  });

  it("acknowledges a notification about a payment that is not ours without acting on it", async () => {
    const shop = await h.organizationWithShop();
    const payment = await newPayment(shop);
    const object = { ...(await sandboxPayment(shop, payment.providerId!)), id: randomUUID(), metadata: {} };
    const res = await h.notify({ type: "notification", event: "payment.succeeded", object });
    expect(await res.json()).toEqual({ outcome: "rejected" });
    expect(await h.db.payment.count({ where: { providerId: object.id } })).toBe(0);
  });
});
