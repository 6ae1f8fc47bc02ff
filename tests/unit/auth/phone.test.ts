import { describe, expect, it } from "vitest";
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
