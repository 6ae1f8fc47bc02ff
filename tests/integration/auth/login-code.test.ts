import { describe, expect, it } from "vitest";
import { verifyLoginCode } from "@/lib/auth/verify-login-code";
import { LIMITS, minutesLater, requestCode, SECRET, smsFixture, uniqueIp, uniquePhone } from "./harness";

const { db, sms } = smsFixture();

const verify = (phone: string, code: string, options: { now?: Date; ip?: string; limits?: typeof LIMITS } = {}) =>
  verifyLoginCode({ db, phone, code, ip: options.ip ?? "10.0.0.2", secret: SECRET, limits: options.limits ?? LIMITS, now: options.now });

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("SMS-code login against the database", () => {
  it("sends a code, stores only its hash, and signs in a new user with it", async () => {
    const phone = uniquePhone();
    const result = await requestCode(db, sms, phone);
    expect(result.resendAfterSeconds).toBe(60);
    const code = sms.lastCode(phone)!;
    expect(code).toMatch(/^\d{6}$/);

    const stored = await db.smsCode.findFirstOrThrow({ where: { phone } });
    expect(stored.codeHash).not.toContain(code);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(10 * 60_000);

    const user = await verify(phone, code);
    expect(user).toMatchObject({ phone, isPlatformAdmin: false });
    expect((await db.user.findUniqueOrThrow({ where: { phone } })).lastLoginAt).not.toBeNull();
    // Single use.
    await expect(verify(phone, code)).rejects.toMatchObject({ code: "code_expired", field: "code" });
  });

  it("kills the code after 3 wrong attempts, even for the right code afterwards", async () => {
    const phone = uniquePhone();
    await requestCode(db, sms, phone);
    const code = sms.lastCode(phone)!;
    await expect(verify(phone, wrong(code))).rejects.toMatchObject({ code: "code_invalid", params: { attemptsLeft: 2 } });
    await expect(verify(phone, wrong(code))).rejects.toMatchObject({ code: "code_invalid", params: { attemptsLeft: 1 } });
    await expect(verify(phone, wrong(code))).rejects.toMatchObject({ code: "code_locked" });
    await expect(verify(phone, code)).rejects.toMatchObject({ code: "code_locked" });
    expect(await db.user.findUnique({ where: { phone } })).toBeNull();
  });

  it("gives a burst of parallel guesses no more than 3 comparisons", async () => {
    const phone = uniquePhone();
    await requestCode(db, sms, phone);
    const code = sms.lastCode(phone)!;
    const guesses = Array.from({ length: 12 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0"));
    const outcomes = await Promise.allSettled(guesses.map((g) => verify(phone, g)));
    expect(outcomes.every((o) => o.status === "rejected")).toBe(true);
    expect((await db.smsCode.findFirstOrThrow({ where: { phone } })).attempts).toBe(3);
    await expect(verify(phone, code)).rejects.toMatchObject({ code: "code_locked" });
  });

  it("refuses an expired code", async () => {
    const phone = uniquePhone();
    const sentAt = new Date();
    await requestCode(db, sms, phone, { now: sentAt });
    await expect(verify(phone, sms.lastCode(phone)!, { now: minutesLater(sentAt, 10.01) })).rejects.toMatchObject({ code: "code_expired" });
  });

  it("refuses a resend inside 60 s, and the 4th SMS within an hour; allows it after the hour", async () => {
    const phone = uniquePhone();
    const start = new Date();
    await requestCode(db, sms, phone, { now: start });
    await expect(requestCode(db, sms, phone, { now: new Date(start.getTime() + 30_000) })).rejects.toMatchObject({
      code: "rate_limited",
      retryAfterSeconds: 30,
    });
    await requestCode(db, sms, phone, { now: minutesLater(start, 2) });
    await requestCode(db, sms, phone, { now: minutesLater(start, 4) });
    await expect(requestCode(db, sms, phone, { now: minutesLater(start, 6) })).rejects.toMatchObject({
      code: "rate_limited",
      field: "phone",
    });
    expect(sms.smsCount(phone)).toBe(3);
    await requestCode(db, sms, phone, { now: minutesLater(start, 61) });
    expect(sms.smsCount(phone)).toBe(4);
  });

  it("accepts only the newest code once a new one is sent", async () => {
    const phone = uniquePhone();
    const start = new Date();
    await requestCode(db, sms, phone, { now: start });
    const first = sms.lastCode(phone)!;
    await requestCode(db, sms, phone, { now: minutesLater(start, 1.5) });
    const second = sms.lastCode(phone)!;
    const at = minutesLater(start, 2);
    if (first !== second) await expect(verify(phone, first, { now: at })).rejects.toMatchObject({ code: "code_invalid" });
    await expect(verify(phone, second, { now: at })).resolves.toMatchObject({ phone });
  });

  it("does not spend the hourly allowance when the SMS provider refuses", async () => {
    const phone = uniquePhone();
    const start = new Date();
    for (let i = 0; i < 4; i += 1) {
      await expect(requestCode(db, sms, phone, { sender: sms.brokenSender, now: minutesLater(start, i * 2) })).rejects.toMatchObject({
        code: "sms_unavailable",
      });
    }
    expect(await db.smsCode.count({ where: { phone } })).toBe(0);
    await expect(requestCode(db, sms, phone, { now: minutesLater(start, 9) })).resolves.toMatchObject({ resendAfterSeconds: 60 });
  });

  it("limits code attempts per address across phones", async () => {
    const ip = uniqueIp();
    const limits = { ...LIMITS, verifyPerIp: { limit: 2, windowMs: 10 * 60_000 } };
    const phones = [uniquePhone(), uniquePhone(), uniquePhone()];
    for (const phone of phones) await requestCode(db, sms, phone);
    await expect(verify(phones[0], "000000", { ip, limits })).rejects.toMatchObject({
      code: expect.stringMatching(/code_invalid|code_expired/),
    });
    await expect(verify(phones[1], "000000", { ip, limits })).rejects.toMatchObject({
      code: expect.stringMatching(/code_invalid|code_expired/),
    });
    await expect(verify(phones[2], sms.lastCode(phones[2])!, { ip, limits })).rejects.toMatchObject({ code: "rate_limited" });
    // The refused attempt did not touch the code: it still works from elsewhere.
    await expect(verify(phones[2], sms.lastCode(phones[2])!)).resolves.toMatchObject({ phone: phones[2] });
  });

  it("limits SMS requests per address across phones", async () => {
    const ip = uniqueIp();
    const limits = { ...LIMITS, smsPerIp: { limit: 2, windowMs: 60 * 60_000 } };
    await requestCode(db, sms, uniquePhone(), { ip, limits });
    await requestCode(db, sms, uniquePhone(), { ip, limits });
    const third = uniquePhone();
    await expect(requestCode(db, sms, third, { ip, limits })).rejects.toMatchObject({ code: "rate_limited" });
    expect(sms.smsCount(third)).toBe(0);
  });
});
