import { describe, expect, it } from "vitest";
import { innCheckDigits, innKind, innSchema, isValidInn } from "@/lib/validations/inn";

describe("isValidInn", () => {
  it("accepts real legal-entity and individual INNs", () => {
    expect(isValidInn("7707083893")).toBe(true); // Sberbank
    expect(isValidInn("7736207543")).toBe(true); // Yandex
    expect(isValidInn("500100732259")).toBe(true); // a published ИП example
  });

  it("rejects a wrong check digit, wrong length and non-digits", () => {
    expect(isValidInn("7707083894")).toBe(false);
    expect(isValidInn("500100732250")).toBe(false);
    expect(isValidInn("770708389")).toBe(false);
    expect(isValidInn("77070838931")).toBe(false);
    expect(isValidInn("77070838a3")).toBe(false);
    expect(isValidInn("")).toBe(false);
  });

  it("catches every single-digit typo in the demo INN", () => {
    const inn = "7707083893";
    for (let i = 0; i < inn.length; i++) {
      const wrong = inn.slice(0, i) + String((Number(inn[i]) + 1) % 10) + inn.slice(i + 1);
      expect(isValidInn(wrong), wrong).toBe(false);
    }
  });
});

describe("innCheckDigits", () => {
  it("completes prefixes into valid INNs of both kinds", () => {
    expect(innCheckDigits("770708389")).toBe("3");
    expect(innCheckDigits("5001007322")).toBe("59");
    expect(isValidInn(`123456789${innCheckDigits("123456789")}`)).toBe(true);
    expect(() => innCheckDigits("12345")).toThrow(RangeError);
  });

  it("tells legal entities from individuals", () => {
    expect(innKind("7707083893")).toBe("LEGAL");
    expect(innKind("500100732259")).toBe("INDIVIDUAL");
  });
});

describe("innSchema", () => {
  it("explains the problem in Russian", () => {
    expect(innSchema.safeParse(" 7707083893 ").success).toBe(true);
    expect(innSchema.safeParse("77070838").error?.issues[0].message).toMatch(/10 цифр/);
    expect(innSchema.safeParse("7707083894").error?.issues[0].message).toMatch(/контрольная сумма/);
    expect(innSchema.safeParse("77-07").error?.issues[0].message).toMatch(/только из цифр/);
  });
});
