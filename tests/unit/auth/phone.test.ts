import { describe, expect, it } from "vitest";
import { assertSmsDestination } from "@/lib/auth/sms-destination";
import { loadEnv } from "@/lib/env";
import { maskPhone } from "@/lib/format/masked-phone";
import { catalogueText } from "@/lib/i18n/catalogue-text";
import { formatPhone, normalizePhone, requestLoginCodeSchema, verifyLoginCodeSchema } from "@/lib/validations/auth";

describe("phone numbers as people type them", () => {
  it.each([
    ["8 (912) 345-67-89", "+79123456789"],
    ["+7 912 345 67 89", "+79123456789"],
    ["9123456789", "+79123456789"],
    ["79123456789", "+79123456789"],
    ["  +7(912)345-67-89 ", "+79123456789"],
    ["8-999-000-00-03", "+79990000003"],
    ["+380 50 123 4567", "+380501234567"],
  ])("%s → %s", (typed, e164) => {
    expect(normalizePhone(typed)).toBe(e164);
  });

  it.each(["", "123", "phone", "+7 912 345", "8 (912) 345-67-89-00-11", "+7 912 abc 67 89"])("rejects %j", (typed) => {
    expect(normalizePhone(typed)).toBeNull();
  });

  it("gives a field error keyed for translation, beside the phone field", () => {
    const result = requestLoginCodeSchema.safeParse({ phone: "12345" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["phone"], message: "phoneInvalid" });
    expect(requestLoginCodeSchema.safeParse({ phone: "" }).error?.issues[0].message).toBe("phoneRequired");
  });

  it.each(["8 (999) 123-45-7", "+7 999 123-45-7", "999 123-45-6", "+7 912 345"])(
    "refuses %j, a digit short, instead of completing it into someone else's number",
    (typed) => {
      // Before: the lenient parser read "8 (999) 123-45-7" as +7 899 912-34-57.
      expect(normalizePhone(typed)).toBeNull();
      const issue = requestLoginCodeSchema.safeParse({ phone: typed }).error?.issues[0];
      expect(issue).toMatchObject({ path: ["phone"], message: "phoneIncomplete" });
    },
  );

  it("says beside the field, in Russian and English, that digits are missing", () => {
    expect(catalogueText("ru", "validation.phoneIncomplete")).toMatch(/не хватает цифр/);
    expect(catalogueText("en", "validation.phoneIncomplete")).toMatch(/missing digits/);
  });

  it("formats E.164 for display", () => {
    expect(formatPhone("+79123456789")).toBe("+7 912 345 67 89");
  });
});

describe("login code input", () => {
  it("accepts a pasted code with spaces or a dash and rejects anything but 6 digits", () => {
    expect(verifyLoginCodeSchema.parse({ phone: "89123456789", code: "123 456" })).toMatchObject({ phone: "+79123456789", code: "123456" });
    expect(verifyLoginCodeSchema.parse({ phone: "89123456789", code: "123-456" }).code).toBe("123456");
    expect(verifyLoginCodeSchema.safeParse({ phone: "89123456789", code: "12345" }).error?.issues[0].message).toBe("codeFormat");
    expect(verifyLoginCodeSchema.safeParse({ phone: "89123456789", code: "12345a" }).error?.issues[0].message).toBe("codeFormat");
  });
});

describe("numbers that may receive a login SMS", () => {
  const allowed = loadEnv({}).SMS_ALLOWED_COUNTRIES;

  it("by default allows mobile numbers of Russia, Kazakhstan, Belarus, Armenia, Kyrgyzstan and Uzbekistan", () => {
    expect(allowed).toEqual(["RU", "KZ", "BY", "AM", "KG", "UZ"]);
    for (const phone of ["+79991234567", "+77011234567", "+375291234567", "+37491234567", "+996700123456", "+998901234567"]) {
      expect(() => assertSmsDestination(phone, allowed), phone).not.toThrow();
    }
  });

  it("refuses premium-rate and other non-mobile ranges and countries outside the list, beside the phone field", () => {
    // 8-809 is Russia's premium range; +263 is Zimbabwe: both were accepted and sent SMS.
    for (const phone of ["+78091234567", "+263771234567", "+78001234567", "+74951234567", "+380501234567", "+442079460958"]) {
      expect(() => assertSmsDestination(phone, allowed), phone).toThrow(
        expect.objectContaining({ code: "phone_not_supported", field: "phone" }),
      );
    }
    expect(catalogueText("ru", "errors.phone_not_supported")).toMatch(/мобильный номер/);
  });

  it("follows the setting", () => {
    expect(loadEnv({ SMS_ALLOWED_COUNTRIES: "ru,ua" }).SMS_ALLOWED_COUNTRIES).toEqual(["RU", "UA"]);
    expect(() => assertSmsDestination("+380501234567", ["RU", "UA"])).not.toThrow();
    expect(() => assertSmsDestination("+77011234567", ["RU"])).toThrow(expect.objectContaining({ code: "phone_not_supported" }));
  });
});

describe("masked phones", () => {
  it("keep the country code, the first group and the last two digits", () => {
    expect(maskPhone("+79991234567")).toBe("+7 999 *** ** 67");
    expect(maskPhone("+375291234567")).toBe("+375 29 *** ** 67");
    expect(maskPhone("+79991234567").replace(/\D/g, "")).not.toContain("12345");
  });
});
