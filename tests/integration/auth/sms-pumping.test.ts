import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clientIpFrom, type ClientAddressSource } from "@/lib/auth/client-ip";
import { readSmsBudget, registerSmsBudgetAlertSink, type SmsBudgetAlert } from "@/lib/auth/sms-budget";
import { verifyLoginCode } from "@/lib/auth/verify-login-code";
import { LIMITS, minutesLater, requestCode, SECRET, smsFixture, uniqueIp, uniquePhone } from "./harness";

/**
 * The SMS-pumping attacks of issue 12, replayed against the real login code service, a real
 * database and the SMS sandbox. Each request's address comes from its headers through
 * clientIpFrom, as the login action and Auth.js's authorize do.
 */
const { db, sms } = smsFixture();

/**
 * A clock of its own, hours away from every other test: keys that every caller shares (the
 * untrusted-address bucket, the global budget) then count only this test's requests.
 */
const ownClock = () => new Date(Date.UTC(2200, 0, 1) + randomInt(0, 100_000) * 3 * 60 * 60_000);
const secondsLater = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);
const invented = (i: number) => `198.51.${Math.floor(i / 250)}.${(i % 250) + 1}`;
const NO_PROXY: ClientAddressSource = { trustedProxyHops: 0 };
const ONE_PROXY: ClientAddressSource = { trustedProxyHops: 1 };

/** Requests a code for a fresh phone with these headers; true when an SMS went out. */
async function pump(headers: Headers, source: ClientAddressSource, limits: typeof LIMITS, now: Date) {
  const phone = uniquePhone();
  const sent = await requestCode(db, sms, phone, { ip: clientIpFrom(headers, source), limits, now }).then(
    () => true,
    (error: { code?: string }) => {
      expect(error.code).toBe("rate_limited");
      return false;
    },
  );
  expect(sms.smsCount(phone)).toBe(sent ? 1 : 0);
  return sent;
}

describe("SMS pumping through invented X-Forwarded-For", () => {
  const limits = { ...LIMITS, smsPerIp: { limit: 3, windowMs: 60 * 60_000 } };

  for (const [name, source, realHeaders] of [
    ["with no proxy setting (the default)", NO_PROXY, () => new Headers()],
    ["behind one trusted proxy", ONE_PROXY, (ip: string) => new Headers({ "x-forwarded-for": ip })],
  ] as const) {
    it(`${name}: once the address is refused, none of 28 spoofed requests sends an SMS`, async () => {
      const now = ownClock();
      const realIp = uniqueIp();
      for (let i = 0; i < 3; i += 1) expect(await pump(realHeaders(realIp), source, limits, secondsLater(now, i))).toBe(true);
      expect(await pump(realHeaders(realIp), source, limits, secondsLater(now, 3))).toBe(false);

      // Before: 25 of these 28 were accepted and sent SMS.
      let accepted = 0;
      for (let i = 0; i < 28; i += 1) {
        // Without a proxy the attacker writes the whole header; behind one, the proxy appends the real peer.
        const xff = source.trustedProxyHops ? `${invented(i)}, ${realIp}` : invented(i);
        if (await pump(new Headers({ "x-forwarded-for": xff }), source, limits, secondsLater(now, 4 + i))) accepted += 1;
      }
      expect(accepted).toBe(0);
    });
  }
});

describe("guessing codes through invented X-Forwarded-For", () => {
  it("keeps the per-address limit on code checks: 10 spoofed tries after the refusal reach no code", async () => {
    const now = ownClock();
    const limits = { ...LIMITS, verifyPerIp: { limit: 2, windowMs: 10 * 60_000 } };
    const phone = uniquePhone();
    await requestCode(db, sms, phone, { now });
    const guess = (headers: Headers, at: Date) =>
      verifyLoginCode({ db, phone, code: "000000", ip: clientIpFrom(headers, NO_PROXY), secret: SECRET, limits, now: at });
    for (let i = 0; i < 2; i += 1) await guess(new Headers(), secondsLater(now, 1 + i)).catch(() => {});
    // Before: all 10 passed the address limit and were compared with the code.
    for (let i = 0; i < 10; i += 1) {
      await expect(guess(new Headers({ "x-forwarded-for": invented(i) }), secondsLater(now, 10 + i))).rejects.toMatchObject({
        code: "rate_limited",
      });
    }
    const stored = await db.smsCode.findFirstOrThrow({ where: { phone } });
    expect(stored.attempts).toBeLessThanOrEqual(2);
  });
});

describe("numbers that must not receive a login SMS", () => {
  it.each([
    ["a Russian 8-809 premium-rate number", "+78091234567"],
    ["a Zimbabwean mobile", "+263771234567"],
    ["a Russian toll-free number", "+78001234567"],
  ])("refuses %s beside the phone field, sends nothing and spends no allowance", async (_, phone) => {
    await expect(requestCode(db, sms, phone)).rejects.toMatchObject({ code: "phone_not_supported", field: "phone", status: 400 });
    expect(sms.smsCount(phone)).toBe(0);
    expect(await db.smsCode.count({ where: { phone } })).toBe(0);
  });
});

describe("the platform's hourly SMS budget", () => {
  it("refuses codes once crossed whatever the phone and address, alerts once, and reopens as the window slides", async () => {
    const alerts: SmsBudgetAlert[] = [];
    const unregister = registerSmsBudgetAlertSink((alert) => alerts.push(alert));
    try {
      // Later than every other clock here, so no other test's SMS falls into this window.
      const now = new Date(Date.UTC(2300, 0, 1));
      const limits = { ...LIMITS, smsGlobal: { limit: 3, windowMs: 60 * 60_000 } };
      const request = (at: Date) => {
        const phone = uniquePhone();
        return requestCode(db, sms, phone, { ip: uniqueIp(), limits, now: at }).then(
          () => ({ phone, sent: true }),
          (error: { code?: string }) => ({ phone, sent: false, code: error.code }),
        );
      };
      for (let i = 0; i < 3; i += 1) expect((await request(secondsLater(now, i))).sent).toBe(true);

      const refused = [
        await request(secondsLater(now, 10)),
        ...(await Promise.all([1, 2, 3].map((i) => request(secondsLater(now, 10 + i))))),
      ];
      for (const r of refused) {
        expect(r).toMatchObject({ sent: false, code: "sms_unavailable" });
        expect(sms.smsCount(r.phone)).toBe(0);
      }
      expect(alerts).toEqual([{ limit: 3, windowMinutes: 60, at: secondsLater(now, 10) }]);
      // What the platform admins' health page shows meanwhile.
      expect(await readSmsBudget({ db, rule: limits.smsGlobal, now: secondsLater(now, 20) })).toEqual({
        used: 3,
        limit: 3,
        exhausted: true,
      });

      // An hour after the first SMS the window has room again.
      expect((await request(minutesLater(now, 61))).sent).toBe(true);
      expect(await readSmsBudget({ db, rule: limits.smsGlobal, now: minutesLater(now, 61) })).toMatchObject({ used: 1, exhausted: false });
    } finally {
      unregister();
    }
  });
});
