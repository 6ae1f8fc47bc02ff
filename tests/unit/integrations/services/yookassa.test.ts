import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetCircuits } from "@/lib/integrations/core";
import { createYooKassaClient } from "@/lib/integrations/yookassa/client";
import { yooKassaCredentialsSchema } from "@/lib/integrations/yookassa/credentials";
import { notificationSchema } from "@/lib/integrations/yookassa/schemas";
import { createYooKassaSandbox } from "@/devtools/sandbox/yookassa";
import { serveLocally, type LocalServer } from "@/tests/support/local-server";
import { serviceSandboxForFile } from "@/tests/support/service-sandbox";

const vendor = createYooKassaSandbox();
const service = serviceSandboxForFile(vendor, yooKassaCredentialsSchema);
let receiver: LocalServer;
const received: unknown[] = [];
const client = (creds = service.credentials, options: { maxAttempts?: number; fetch?: typeof fetch } = {}) =>
  createYooKassaClient(creds, { baseUrl: `${service.sandbox.url}/yookassa`, maxAttempts: options.maxAttempts ?? 3, fetch: options.fetch });
const order = (value = "1500.00") => ({
  amount: { value, currency: "RUB" as const },
  capture: true,
  description: "Подписка на 1 месяц",
  confirmation: { type: "redirect" as const, return_url: "https://app.example/billing" },
  metadata: { orderId: "42" },
});

beforeAll(async () => {
  receiver = await serveLocally((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push(JSON.parse(body));
      res.writeHead(200).end();
    });
  });
  const url = `${receiver.url}/webhooks/yookassa`;
  const res = await fetch(`${service.sandbox.url}/yookassa/__webhook`, {
    method: "POST",
    body: JSON.stringify({ url }),
    headers: { "content-type": "application/json" },
  });
  expect(res.status).toBe(200);
});
afterAll(async () => {
  await receiver?.close();
});

describe("YooKassa client against the sandbox", () => {
  it("creates a payment, follows it to succeeded, refunds part of it and reads the refund", async () => {
    const created = await client().createPayment(order());
    expect(created).toMatchObject({
      status: "pending",
      paid: false,
      amount: { value: "1500.00", currency: "RUB" },
      metadata: { orderId: "42" },
    });
    expect(created.confirmation?.confirmation_url).toContain(`/yookassa/__checkout/${created.id}`);

    const page = await fetch(created.confirmation!.confirmation_url!);
    expect(await page.text()).toContain("1500.00 RUB");
    const paid = await fetch(created.confirmation!.confirmation_url!, {
      method: "POST",
      body: new URLSearchParams({ action: "pay" }),
      redirect: "manual",
    });
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe("https://app.example/billing");

    const payment = await client().getPayment(created.id);
    expect(payment).toMatchObject({ status: "succeeded", paid: true, refundable: true });
    expect(payment.captured_at).toBeDefined();

    const refund = await client().createRefund({ payment_id: payment.id, amount: { value: "500.00", currency: "RUB" } });
    expect(refund).toMatchObject({ status: "succeeded", payment_id: payment.id });
    expect(await client().getRefund(refund.id)).toEqual(refund);
    expect((await client().getPayment(payment.id)).refunded_amount).toEqual({ value: "500.00", currency: "RUB" });

    await expect(client().createRefund({ payment_id: payment.id, amount: { value: "1000.01", currency: "RUB" } })).rejects.toMatchObject({
      code: "bad_request",
    });
  });

  it("posts spec-shaped notifications to the subscribed webhook when payments change state", async () => {
    received.length = 0;
    const payment = await client().createPayment({ ...order("99.00"), capture: false });
    await fetch(`${service.sandbox.url}/yookassa/__payments/${payment.id}/pay`, { method: "POST" });
    const other = await client().createPayment(order("10.00"));
    service.sandbox.advanceClock(61 * 60 * 1000); // nobody confirms it within an hour
    expect((await client().getPayment(other.id)).status).toBe("canceled");
    await vendor.notifier.settled();

    const notifications = received.map((body) => notificationSchema.parse(body));
    const mine = notifications.filter((n) => n.object.id === payment.id || n.object.id === other.id);
    expect(mine.map((n) => `${n.event}:${n.object.id === payment.id ? "held" : "expired"}`)).toEqual([
      "payment.waiting_for_capture:held",
      "payment.canceled:expired",
    ]);
    expect(mine[1].object).toMatchObject({
      status: "canceled",
      cancellation_details: { party: "yoo_money", reason: "expired_on_confirmation" },
    });
  });

  it("retries a create whose answer was lost with the same Idempotence-Key and gets one payment", async () => {
    const sentKeys: string[] = [];
    let dropped = false;
    const lossy: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      sentKeys.push(new Headers(init?.headers).get("idempotence-key") ?? "");
      if (!dropped) {
        dropped = true;
        await res.arrayBuffer();
        throw new TypeError("fetch failed: connection reset after the request was processed");
      }
      return res;
    };
    const before = vendor.summary(service.sandbox.ctx)[service.credentials.shopId].payments;
    const payment = await client(service.credentials, { fetch: lossy }).createPayment(order("250.00"));
    expect(sentKeys).toHaveLength(2);
    expect(sentKeys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(sentKeys[1]).toBe(sentKeys[0]);
    expect(vendor.summary(service.sandbox.ctx)[service.credentials.shopId].payments).toBe(before + 1);
    expect(await client().getPayment(payment.id)).toMatchObject({ amount: { value: "250.00" } });
  });

  it("honours a caller's Idempotence-Key and refuses its reuse for a different payment", async () => {
    const idempotenceKey = `order-${Date.now()}`;
    const first = await client().createPayment(order("70.00"), { idempotenceKey });
    const again = await client().createPayment(order("70.00"), { idempotenceKey });
    expect(again.id).toBe(first.id);
    const error = await client()
      .createPayment(order("71.00"), { idempotenceKey })
      .catch((e) => e);
    expect(error).toMatchObject({ code: "bad_request", status: 400 });
    expect(error.message).toContain("Idempotence key duplicated");
  });

  it("retries 5xx on keyed creates and reads, and maps bad keys, unknown ids and broken bodies", async () => {
    service.sandbox.setFaults("500:1");
    const before = service.sandbox.stats().yookassa?.["500"] ?? 0;
    await expect(client(service.credentials, { maxAttempts: 3 }).createPayment(order())).rejects.toMatchObject({
      code: "vendor_unavailable",
    });
    expect((service.sandbox.stats().yookassa?.["500"] ?? 0) - before).toBe(3);
    service.sandbox.setFaults("");
    resetCircuits();

    const wrong = { ...service.credentials, secretKey: `test_${"x".repeat(43)}` };
    await expect(client(wrong).getMe()).rejects.toMatchObject({ code: "auth_failed", status: 401 });
    await expect(client().getPayment("00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "not_found" });
    expect(await client().getMe()).toMatchObject({ account_id: service.credentials.shopId, test: true, status: "enabled" });

    service.sandbox.setFaults("malformed-shape:1");
    await expect(client().getMe()).rejects.toMatchObject({ code: "contract_violation", field: "account_id" });
    service.sandbox.setFaults("malformed-json:1");
    await expect(client().getMe()).rejects.toMatchObject({ code: "contract_violation" });
  });
});
