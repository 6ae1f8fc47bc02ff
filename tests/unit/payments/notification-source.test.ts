import { describe, expect, it } from "vitest";
import { isAllowedNotificationSource } from "@/lib/payments/notification-source";
import { statusesBefore } from "@/lib/data/payments/apply-yookassa-payment";
import { createPaymentSchema } from "@/lib/validations/payments";

const REAL_API = "https://api.yookassa.ru/v3";
const SANDBOX_API = "http://127.0.0.1:4010/yookassa";

describe("who sent a YooKassa notification", () => {
  it("allows YooKassa's networks, refuses others, and allows loopback only against a local sandbox", () => {
    expect(isAllowedNotificationSource("185.71.76.17", REAL_API)).toBe(true);
    expect(isAllowedNotificationSource("2a02:5180::1", REAL_API)).toBe(true);
    expect(isAllowedNotificationSource("203.0.113.9", REAL_API)).toBe(false);
    expect(isAllowedNotificationSource("127.0.0.1", REAL_API)).toBe(false);
    expect(isAllowedNotificationSource("::ffff:127.0.0.1", REAL_API)).toBe(false);
    expect(isAllowedNotificationSource("127.0.0.1", SANDBOX_API)).toBe(true);
    expect(isAllowedNotificationSource("::1", "http://localhost:4010/yookassa")).toBe(true);
    expect(isAllowedNotificationSource("203.0.113.9", SANDBOX_API)).toBe(false);
    expect(isAllowedNotificationSource(null, SANDBOX_API)).toBe(false);
  });
});

describe("payment rules", () => {
  it("never moves a finished payment back", () => {
    expect(statusesBefore("pending")).toEqual(["pending"]);
    expect(statusesBefore("succeeded")).toEqual(expect.arrayContaining(["pending", "waiting_for_capture", "succeeded"]));
    expect(statusesBefore("succeeded")).not.toContain("canceled");
    expect(statusesBefore("waiting_for_capture")).not.toContain("succeeded");
  });

  it("reads amounts as people type them and refuses what YooKassa would", () => {
    const requestId = crypto.randomUUID();
    const parse = (amount: string) => createPaymentSchema.safeParse({ amount, description: "Тариф", requestId });
    expect(parse("1 500,5").data?.amount).toBe("1500.50");
    expect(parse("99").data?.amount).toBe("99.00");
    for (const [amount, key] of [
      ["0", "amountPositive"],
      ["12.345", "amountFormat"],
      ["abc", "amountFormat"],
      ["1000000.01", "amountTooLarge"],
    ]) {
      expect(parse(amount).error?.issues[0].message, amount).toBe(key);
    }
    expect(createPaymentSchema.safeParse({ amount: "10", description: "x".repeat(129), requestId }).error?.issues[0].message).toBe(
      "descriptionTooLong",
    );
  });
});
