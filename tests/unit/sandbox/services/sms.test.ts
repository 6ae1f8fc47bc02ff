import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSandbox, type RunningSandbox } from "@/devtools/sandbox/core/server";
import { createSmsInbox } from "@/devtools/sandbox/sms-inbox";
import { createSmsAeroSandbox } from "@/devtools/sandbox/smsaero";
import { createSmsRuSandbox } from "@/devtools/sandbox/smsru";

const lines: string[] = [];
const inbox = createSmsInbox({ log: (line) => lines.push(line) });
const smsaero = createSmsAeroSandbox({ inbox });
const smsru = createSmsRuSandbox({ inbox });
let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: 7, vendors: [smsaero, smsru], clock: "manual" });
});
afterAll(() => sandbox?.close());

const aeroAuth = () => {
  const { email, apiKey } = smsaero.demoAccounts(sandbox.ctx)[0].credentials;
  return `Basic ${Buffer.from(`${email}:${apiKey}`).toString("base64")}`;
};

describe("SMS sandboxes", () => {
  it("keep every message from both providers in one inbox, newest first, filtered by phone", async () => {
    const aero = await fetch(
      `${sandbox.url}/smsaero/sms/send?number=79991112233&text=${encodeURIComponent("Код 111111")}&sign=SMS%20Aero`,
      {
        headers: { authorization: aeroAuth() },
      },
    );
    expect(await aero.json()).toMatchObject({ success: true, data: { number: "79991112233", extendStatus: "queue" }, message: null });
    sandbox.advanceClock(1_000);
    const ru = await fetch(`${sandbox.url}/smsru/sms/send`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        api_id: smsru.demoAccounts(sandbox.ctx)[0].credentials.apiId,
        to: "79991112233,79990000000",
        msg: "Код 222222",
        json: "1",
      }),
    });
    const ruBody = await ru.json();
    expect(ruBody).toMatchObject({ status: "OK", status_code: 100, sms: { "79991112233": { status: "OK", status_code: 100 } } });

    for (const mount of ["smsaero", "smsru"]) {
      const res = await fetch(`${sandbox.url}/${mount}/__messages?phone=${encodeURIComponent("+79991112233")}`);
      const messages = await res.json();
      expect(messages.map((m: { provider: string; text: string }) => `${m.provider}:${m.text}`)).toEqual([
        "smsru:Код 222222",
        "smsaero:Код 111111",
      ]);
      expect(messages[0]).toMatchObject({ phone: "+79991112233", id: ruBody.sms["79991112233"].sms_id });
      expect(Date.parse(messages[0].sentAt)).toBeGreaterThan(Date.parse(messages[1].sentAt));
    }
    const all = await (await fetch(`${sandbox.url}/smsru/__messages`)).json();
    expect(all).toHaveLength(3);
    expect(lines).toContain("[sandbox sms] +7999…33 : Код 111111");
  });

  it("answer bad credentials in each vendor's own way", async () => {
    const aero = await fetch(`${sandbox.url}/smsaero/balance`, {
      headers: { authorization: `Basic ${Buffer.from("a@b.c:wrong").toString("base64")}` },
    });
    expect(aero.status).toBe(401);
    expect(await aero.json()).toEqual({ success: false, data: null, message: "Your request was made with invalid credentials." });
    const ru = await fetch(`${sandbox.url}/smsru/my/balance?api_id=WRONG&json=1`);
    expect(ru.status).toBe(200);
    expect(await ru.json()).toEqual({ status: "ERROR", status_code: 200, status_text: "Неправильный api_id" });
  });

  it("derive demo credentials from the seed and summarise what was sent", async () => {
    const again = createSmsAeroSandbox();
    expect(again.demoAccounts(sandbox.ctx)).toEqual(smsaero.demoAccounts(sandbox.ctx));
    const other = await startSandbox({ port: 0, seed: 8, vendors: [createSmsRuSandbox()] });
    try {
      const accounts = await (await fetch(`${other.url}/__sandbox/accounts`)).json();
      expect(accounts.vendors.smsru[0].credentials.apiId).not.toBe(smsru.demoAccounts(sandbox.ctx)[0].credentials.apiId);
    } finally {
      await other.close();
    }
    const summary = await (await fetch(`${sandbox.url}/__sandbox/summary`)).json();
    expect(summary.vendors.smsaero["demo@seller-dashboard.test"].messages).toBe(1);
    expect(summary.vendors.smsru["smsru-demo"].messages).toBe(2);
  });

  it("answer 429 with Retry-After once the per-account cap is exceeded", async () => {
    const fresh = createSmsAeroSandbox({ inbox: createSmsInbox({ log: () => {} }) });
    const limited = await startSandbox({ port: 0, vendors: [fresh], clock: "manual" });
    const { email, apiKey } = fresh.demoAccounts(limited.ctx)[0].credentials;
    // The cap is per second of the limiter's clock: frozen here, so all 25 requests fall in one
    // second however slowly a busy machine serves them.
    vi.useFakeTimers({ toFake: ["performance"] });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 25; i++) {
        const res = await fetch(`${limited.url}/smsaero/auth`, {
          headers: { authorization: `Basic ${Buffer.from(`${email}:${apiKey}`).toString("base64")}` },
        });
        statuses.push(res.status);
        if (res.status === 429) expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      }
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(20);
      expect(statuses).toContain(429);
    } finally {
      vi.useRealTimers();
      await limited.close();
    }
  });
});
