import { describe, expect, it } from "vitest";
import { APP_ERROR_CODES, AppError, httpStatusFor } from "@/lib/errors/app-error";
import { validationFailure } from "@/lib/errors/action-result";
import { describeError, ERROR_MESSAGE_KEYS } from "@/lib/errors/safe-message";
import { IntegrationError } from "@/lib/integrations/core/errors";
import { createOrganizationSchema, inviteMemberSchema } from "@/lib/validations/organization";
import ru from "@/lib/i18n/messages/ru.json";
import en from "@/lib/i18n/messages/en.json";

describe("one mapping from errors to safe messages", () => {
  it("maps a forged organisation id to 404 and a missing role to 403", () => {
    expect(describeError(new AppError("not_found"))).toMatchObject({ key: "not_found", status: 404, unexpected: false });
    expect(describeError(new AppError("forbidden"))).toMatchObject({ key: "forbidden", status: 403 });
    expect(httpStatusFor(new AppError("unauthenticated"))).toBe(401);
    expect(httpStatusFor(new AppError("rate_limited"))).toBe(429);
  });

  it("never passes a raw message through: unknown errors become 'internal'", () => {
    const safe = describeError(new Error("password=hunter2 at db.internal:5432"));
    expect(safe).toMatchObject({ key: "internal", status: 500, unexpected: true });
    expect(JSON.stringify(safe)).not.toContain("hunter2");
  });

  it("carries the field, the wait and the message parameters", () => {
    const safe = describeError(new AppError("rate_limited", "x", { field: "phone", retryAfterSeconds: 125 }));
    expect(safe).toMatchObject({ field: "phone", retryAfterSeconds: 125, params: { seconds: 125, minutes: 3 } });
    expect(describeError(new AppError("code_invalid", "x", { params: { attemptsLeft: 2 } })).params).toEqual({ attemptsLeft: 2 });
  });

  it("turns vendor outages into 'try later' and keeps the vendor's message out", () => {
    const outage = new IntegrationError({ code: "vendor_unavailable", vendor: "dadata", message: "dadata 503 token=abc" });
    expect(describeError(outage)).toMatchObject({ key: "dependency_unavailable", status: 503, params: { vendor: "dadata" } });
    expect(JSON.stringify(describeError(outage))).not.toContain("token=abc");
  });

  it("has a message in both languages for every key it can produce", () => {
    // Derived from the codes (AppError's, the connections', the vendor keys), never a hand-kept list.
    const keys = ERROR_MESSAGE_KEYS;
    expect(keys).toEqual(expect.arrayContaining([...APP_ERROR_CODES]));
    for (const messages of [ru, en] as Array<{ errors: Record<string, string> }>) {
      for (const key of keys) expect(messages.errors[key], key).toBeTruthy();
    }
  });
});

describe("action failures from zod", () => {
  it("puts each message beside its field, translated, via z.flattenError", () => {
    const parsed = createOrganizationSchema.safeParse({ name: "A", inn: "7707083894", kpp: "12" });
    expect(parsed.success).toBe(false);
    const failure = validationFailure(parsed.error!, (key) => (ru as { validation: Record<string, string> }).validation[key] ?? key);
    expect(failure).toMatchObject({ ok: false, code: "validation", status: 400 });
    expect(failure.fieldErrors.inn).toEqual(["Неверная контрольная сумма ИНН: проверьте цифры"]);
    expect(failure.fieldErrors.name).toEqual(["Название — не короче 2 символов"]);
    expect(failure.fieldErrors.kpp).toEqual(["КПП — 9 цифр"]);
    expect(failure.fieldErrors.ogrn).toBeUndefined();
  });

  it("accepts a valid INN with spaces and every validation key exists in both languages", () => {
    expect(createOrganizationSchema.parse({ name: "Демо", inn: "7707 083 893" }).inn).toBe("7707083893");
    const keys = new Set<string>();
    for (const input of [
      { name: "", inn: "" },
      { name: "A", inn: "abc" },
      { name: "A", inn: "123" },
      { name: "A", inn: "7707083894", kpp: "1", ogrn: "1" },
    ]) {
      createOrganizationSchema.safeParse(input).error?.issues.forEach((i) => keys.add(i.message));
    }
    inviteMemberSchema.safeParse({ organizationId: "o", phone: "1", role: "admin" }).error?.issues.forEach((i) => keys.add(i.message));
    expect(keys.size).toBeGreaterThanOrEqual(7);
    for (const messages of [ru, en] as Array<{ validation: Record<string, string> }>) {
      for (const key of keys) expect(messages.validation[key], key).toBeTruthy();
    }
  });
});
