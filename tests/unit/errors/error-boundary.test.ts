import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConnectionError } from "@/lib/connections/errors";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { describeError, ERROR_MESSAGE_KEYS } from "@/lib/errors/safe-message";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";
import { IntegrationRegistryError } from "@/lib/integrations/registry";

describe("one error boundary", () => {
  it("treats the connections' and the registry's errors as application errors with codes", () => {
    expect(isAppError(new ConnectionError("already_connected", "x"))).toBe(true);
    expect(isAppError(new IntegrationRegistryError("unknown_integration", "x"))).toBe(true);
    expect(new ConnectionError("check_failed", "x")).toBeInstanceOf(AppError);
  });

  it("shows a registry failure as the generic text and asks the caller to log it", () => {
    const safe = describeError(new IntegrationRegistryError("unknown_integration", 'unknown integration "acme" (registered: wb)'));
    expect(safe).toMatchObject({ key: "internal", status: 500, unexpected: true });
    expect(JSON.stringify(safe)).not.toContain("acme");
  });

  it("maps a zod error that escaped its form to invalid input, without zod's text", () => {
    const parsed = z.object({ phone: z.string().min(5, "secret-ish detail") }).safeParse({ phone: "1" });
    const safe = describeError(parsed.error);
    expect(safe).toMatchObject({ key: "invalid_input", status: 400, unexpected: false });
    expect(JSON.stringify(safe)).not.toContain("secret-ish");
  });

  it("lists every key it can produce once, and both catalogues have each", () => {
    expect(new Set(ERROR_MESSAGE_KEYS).size).toBe(ERROR_MESSAGE_KEYS.length);
    for (const catalogue of [ru, en] as Array<{ errors: Record<string, string> }>)
      for (const key of ERROR_MESSAGE_KEYS) expect(catalogue.errors[key], key).toBeTruthy();
  });
});
