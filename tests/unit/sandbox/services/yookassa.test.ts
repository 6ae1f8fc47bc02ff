import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "@/devtools/sandbox/core/server";
import { createYooKassaSandbox } from "@/devtools/sandbox/yookassa";

const vendor = createYooKassaSandbox();
let sandbox: RunningSandbox;
let auth: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, vendors: [vendor], clock: "manual" });
  const { shopId, secretKey } = vendor.demoAccounts(sandbox.ctx)[0].credentials;
  auth = `Basic ${Buffer.from(`${shopId}:${secretKey}`).toString("base64")}`;
});
afterAll(() => sandbox?.close());

async function call(method: string, path: string, body?: unknown, key?: string) {
  const res = await fetch(`${sandbox.url}/yookassa${path}`, {
    method,
    headers: { authorization: auth, "content-type": "application/json", ...(key ? { "idempotence-key": key } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}
const payment = (value: string, capture = true) => ({
  amount: { value, currency: "RUB" },
  capture,
  confirmation: { type: "redirect", return_url: "https://shop.example/done" },
});

describe("YooKassa sandbox", () => {
  it("replays the first answer for a repeated key and body, and refuses the key for another body or endpoint", async () => {
    const first = await call("POST", "/payments", payment("10.00"), "key-1");
    const repeat = await call(
      "POST",
      "/payments",
      { capture: true, confirmation: payment("10.00").confirmation, amount: { currency: "RUB", value: "10.00" } },
      "key-1",
    );
    expect(repeat).toEqual(first);
    const different = await call("POST", "/payments", payment("11.00"), "key-1");
    expect(different).toMatchObject({
      status: 400,
      body: { type: "error", code: "invalid_request", description: "Idempotence key duplicated", parameter: "Idempotence-Key" },
    });
    const otherEndpoint = await call(
      "POST",
      "/refunds",
      { payment_id: first.body.id, amount: { value: "1.00", currency: "RUB" } },
      "key-1",
    );
    expect(otherEndpoint.body.description).toBe("Idempotence key duplicated");
    expect(vendor.summary(sandbox.ctx)["500100"].payments).toBe(1);
  });

  it("forgets a key after 24 hours and never remembers a rejected request", async () => {
    const invalid = await call("POST", "/payments", { amount: { value: "abc", currency: "RUB" } }, "key-2");
    expect(invalid.status).toBe(400);
    const valid = await call("POST", "/payments", payment("12.00"), "key-2");
    expect(valid.status).toBe(200);
    sandbox.advanceClock(24 * 60 * 60 * 1000);
    const reused = await call("POST", "/payments", payment("13.00"), "key-2");
    expect(reused.status).toBe(200);
    expect(reused.body.id).not.toBe(valid.body.id);
  });

  it("moves payments through their documented life cycle", async () => {
    const held = (await call("POST", "/payments", payment("50.00", false), "key-3")).body;
    const waiting = (await call("POST", `/__payments/${held.id}/pay`)).body;
    expect(waiting).toMatchObject({ status: "waiting_for_capture", paid: true });
    expect(Date.parse(waiting.expires_at) - Date.parse(waiting.created_at)).toBe(7 * 24 * 60 * 60 * 1000);
    await expect(
      call("POST", "/refunds", { payment_id: held.id, amount: { value: "1.00", currency: "RUB" } }, "key-4"),
    ).resolves.toMatchObject({ status: 400 });
    sandbox.advanceClock(7 * 24 * 60 * 60 * 1000);
    expect((await call("GET", `/payments/${held.id}`)).body).toMatchObject({
      status: "canceled",
      cancellation_details: { party: "merchant", reason: "expired_on_capture" },
    });

    const declined = (await call("POST", "/payments", payment("60.00"), "key-5")).body;
    const back = await fetch(`${sandbox.url}/yookassa/__checkout/${declined.id}`, {
      method: "POST",
      body: new URLSearchParams({ action: "decline" }),
      redirect: "manual",
    });
    expect(back.headers.get("location")).toBe("https://shop.example/done");
    expect((await call("GET", `/payments/${declined.id}`)).body).toMatchObject({
      status: "canceled",
      paid: false,
      cancellation_details: { reason: "insufficient_funds" },
    });
    expect((await call("GET", `/payments/${declined.id}`)).body.confirmation).toBeUndefined();
  });

  it("keeps shops apart and locks out a revoked shop", async () => {
    const created = (await call("POST", "/payments", payment("5.00"), "key-6")).body;
    const other = vendor.createAccount!(sandbox.ctx, {}).credentials;
    const otherAuth = `Basic ${Buffer.from(`${other.shopId}:${other.secretKey}`).toString("base64")}`;
    const peek = await fetch(`${sandbox.url}/yookassa/payments/${created.id}`, { headers: { authorization: otherAuth } });
    expect(peek.status).toBe(404);
    await fetch(`${sandbox.url}/__sandbox/revoke`, {
      method: "POST",
      body: JSON.stringify({ vendor: "yookassa", accountKey: other.shopId }),
      headers: { "content-type": "application/json" },
    });
    const locked = await fetch(`${sandbox.url}/yookassa/me`, { headers: { authorization: otherAuth } });
    expect(locked.status).toBe(401);
    expect(await locked.json()).toMatchObject({ type: "error", code: "invalid_credentials" });
  });
});
