import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetCircuits } from "@/lib/integrations/core";
import { createYooKassaClient } from "@/lib/integrations/yookassa/client";
import { yooKassaCredentialsSchema, type YooKassaCredentials } from "@/lib/integrations/yookassa/credentials";
import { startSandbox, type RunningSandbox } from "@/devtools/sandbox/core/server";
import { createYooKassaSandbox } from "@/devtools/sandbox/yookassa";
import { loadSpec, validateRequest, validateResponse } from "@/tests/support/openapi-contract";

/**
 * Both directions against the official YooKassa spec: what our client sends, and what the
 * sandbox answers (every payment state, refunds, /me and the documented errors).
 */
const spec = loadSpec("yookassa/yookassa-openapi-specification.yaml");
const notified: Array<{ event: string; object: Record<string, unknown> }> = [];
const vendor = createYooKassaSandbox({
  notificationUrl: "http://notifications.invalid/yookassa",
  fetch: async (_url, init) => {
    notified.push(JSON.parse(String(init?.body)));
    return new Response(null, { status: 200 });
  },
});
let sandbox: RunningSandbox;
let credentials: YooKassaCredentials;
const sent: Array<{ method: string; path: string; headers: Headers; body: unknown }> = [];

const recordingFetch: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const body = init?.body ? JSON.parse(new TextDecoder().decode(init.body as ArrayBuffer)) : undefined;
  sent.push({ method: String(init?.method), path: url.pathname.replace(/^\/yookassa/, ""), headers: new Headers(init?.headers), body });
  return fetch(input, init);
};
const client = () => createYooKassaClient(credentials, { baseUrl: `${sandbox.url}/yookassa`, fetch: recordingFetch });

async function raw(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const auth = `Basic ${Buffer.from(`${credentials.shopId}:${credentials.secretKey}`).toString("base64")}`;
  const res = await fetch(`${sandbox.url}/yookassa${path}`, {
    method,
    headers: { authorization: auth, "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  resetCircuits();
  sandbox = await startSandbox({ port: 0, vendors: [vendor], clock: "manual" });
  credentials = yooKassaCredentialsSchema.parse(vendor.demoAccounts(sandbox.ctx)[0].credentials);
});
afterAll(() => sandbox?.close());

const amount = { value: "1200.00", currency: "RUB" as const };

describe("YooKassa contract", () => {
  it("client requests match the spec, including the required Idempotence-Key", async () => {
    const payment = await client().createPayment({
      amount,
      capture: true,
      description: "Заказ 1",
      confirmation: { type: "redirect", return_url: "https://app.example/r" },
      metadata: { order: "1" },
    });
    await fetch(`${sandbox.url}/yookassa/__payments/${payment.id}/pay`, { method: "POST" });
    await client().getPayment(payment.id);
    const refund = await client().createRefund({ payment_id: payment.id, amount: { value: "200.00", currency: "RUB" } });
    await client().getRefund(refund.id);
    await client().getMe();

    const keyRule = new RegExp(
      `^${(spec.document as never as { components: { parameters: { IdempotenceKey: { schema: { pattern: string } } } } }).components.parameters.IdempotenceKey.schema.pattern}$`,
    );
    const templates: Record<string, string> = {
      [`/payments/${payment.id}`]: "/payments/{payment_id}",
      [`/refunds/${refund.id}`]: "/refunds/{refund_id}",
    };
    expect(sent.map((r) => `${r.method} ${templates[r.path] ?? r.path}`)).toEqual([
      "POST /payments",
      "GET /payments/{payment_id}",
      "POST /refunds",
      "GET /refunds/{refund_id}",
      "GET /me",
    ]);
    for (const request of sent) {
      const template = templates[request.path] ?? request.path;
      expect(validateRequest(spec, request.method, template, { body: request.body }), `${request.method} ${template}`).toEqual([]);
      expect(request.headers.get("authorization")).toMatch(/^Basic /);
      if (request.method === "POST") expect(request.headers.get("idempotence-key")).toMatch(keyRule);
    }
  });

  it("sandbox payments match the Payment schema in every status", async () => {
    const create = (capture: boolean) =>
      raw(
        "POST",
        "/payments",
        { amount, capture, confirmation: { type: "redirect", return_url: "https://app.example/r" } },
        { "idempotence-key": crypto.randomUUID() },
      );
    const pending = await create(true);
    expect(pending.status).toBe(200);
    expect(validateResponse(spec, "post", "/payments", 200, pending.body)).toEqual([]);
    const { recipient: _recipient, ...withoutRecipient } = pending.body;
    expect(validateResponse(spec, "post", "/payments", 200, { ...withoutRecipient, status: "paid" }).length).toBeGreaterThan(0);

    const succeeded = await raw("POST", `/__payments/${pending.body.id}/pay`);
    const held = await create(false);
    const waiting = await raw("POST", `/__payments/${held.body.id}/pay`);
    const declined = await raw("POST", `/__payments/${(await create(true)).body.id}/decline`);
    for (const [status, answer] of [
      ["succeeded", succeeded],
      ["waiting_for_capture", waiting],
      ["canceled", declined],
    ] as const) {
      expect(answer.body.status).toBe(status);
      const fetched = await raw("GET", `/payments/${answer.body.id}`);
      expect(validateResponse(spec, "get", "/payments/{payment_id}", 200, fetched.body), status).toEqual([]);
    }

    const refund = await raw("POST", "/refunds", { payment_id: pending.body.id, amount }, { "idempotence-key": crypto.randomUUID() });
    expect(validateResponse(spec, "post", "/refunds", 200, refund.body)).toEqual([]);
    expect(validateResponse(spec, "get", "/refunds/{refund_id}", 200, (await raw("GET", `/refunds/${refund.body.id}`)).body)).toEqual([]);
    expect(validateResponse(spec, "get", "/me", 200, (await raw("GET", "/me")).body)).toEqual([]);
  });

  it("sandbox errors use the documented error schemas", async () => {
    const noKey = await raw("POST", "/payments", { amount });
    expect(noKey.status).toBe(400);
    expect(noKey.body).toMatchObject({ type: "error", code: "invalid_request", parameter: "Idempotence-Key" });
    expect(validateResponse(spec, "post", "/payments", 400, noKey.body)).toEqual([]);

    const badAmount = await raw("POST", "/payments", { amount: { value: "-1", currency: "RUB" } }, { "idempotence-key": "k1" });
    expect(badAmount.body).toMatchObject({ code: "invalid_request", parameter: "amount.value" });
    expect(validateResponse(spec, "post", "/payments", 400, badAmount.body)).toEqual([]);

    const missing = await raw("GET", "/payments/00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(validateResponse(spec, "get", "/payments/{payment_id}", 404, missing.body)).toEqual([]);

    const res = await fetch(`${sandbox.url}/yookassa/me`, {
      headers: { authorization: `Basic ${Buffer.from("1:test_wrong").toString("base64")}` },
    });
    const unauthorized = await res.json();
    expect(res.status).toBe(401);
    expect(unauthorized).toMatchObject({ type: "error", code: "invalid_credentials" });
    expect(validateResponse(spec, "get", "/me", 401, unauthorized)).toEqual([]);
  });

  it("notifications carry a documented event and a spec-valid object", async () => {
    await vendor.notifier.settled();
    const events = (spec.document as never as { components: { schemas: { NotificationEventType: { enum: string[] } } } }).components.schemas
      .NotificationEventType.enum;
    expect(notified.length).toBeGreaterThanOrEqual(4);
    for (const notification of notified) {
      expect(notification).toMatchObject({ type: "notification" });
      expect(events).toContain(notification.event);
      const [operation, status] = notification.event.startsWith("refund.")
        ? (["/refunds/{refund_id}", 200] as const)
        : (["/payments/{payment_id}", 200] as const);
      expect(validateResponse(spec, "get", operation, status, notification.object), notification.event).toEqual([]);
    }
  });
});
