import { describe, expect, it } from "vitest";
import ru from "@/lib/i18n/messages/ru.json";
import en from "@/lib/i18n/messages/en.json";
import { describeError, ERROR_MESSAGE_KEYS } from "@/lib/errors/safe-message";
import { ConnectionError } from "@/lib/connections/errors";
import { INTEGRATION_ERROR_CODES, IntegrationError } from "@/lib/integrations/core/errors";
import { describeScopes, scopeLabels } from "@/lib/connections/scope-catalog";
import { formatDuration } from "@/components/syncs/format-duration";
import { failureText } from "@/components/syncs/failure-text";
import { translatorFor } from "../../support/catalogue";

describe("connection and sync errors in plain language", () => {
  it("names the missing token categories of a forbidden_scope error", () => {
    const error = new IntegrationError({
      code: "forbidden_scope",
      vendor: "wildberries",
      message: "403 token=secret",
      missingScopes: ["statistics"],
    });
    const safe = describeError(error);
    expect(safe).toMatchObject({ key: "integration_forbidden_scope", params: { scopes: "statistics" }, status: 502 });
    expect(JSON.stringify(safe)).not.toContain("token=secret");
  });

  it("says when to retry a rate-limited call, in Moscow time", () => {
    // 11:05 UTC is 14:05 in Moscow.
    const retryAt = new Date(Date.UTC(2026, 2, 5, 11, 5, 0));
    const safe = describeError(new IntegrationError({ code: "rate_limited", vendor: "wildberries", message: "429", retryAt }));
    expect(safe).toMatchObject({ key: "integration_rate_limited", params: { time: "14:05" }, status: 503 });
  });

  it("maps connection errors to 404, 409 and 400 with their own messages", () => {
    expect(describeError(new ConnectionError("not_found", "x"))).toMatchObject({ key: "not_found", status: 404 });
    expect(describeError(new ConnectionError("already_connected", "x"))).toMatchObject({
      key: "connection_already_connected",
      status: 409,
    });
    expect(describeError(new ConnectionError("check_failed", "x"))).toMatchObject({ key: "connection_check_failed", status: 400 });
  });

  it("has every key it can produce in Russian and English", () => {
    // Derived from the codes themselves, so a new code without a text fails here.
    const keys = ERROR_MESSAGE_KEYS;
    for (const messages of [ru, en] as Array<{ errors: Record<string, string> }>)
      for (const key of keys) expect(messages.errors[key], key).toBeTruthy();
  });

  it("explains every sync failure code the engine stores, and falls back for unknown ones", () => {
    // Every vendor failure code, plus the engine's own for a failure of ours.
    const codes = [...INTEGRATION_ERROR_CODES, "internal_error"];
    for (const messages of [ru, en]) {
      const table = messages.syncs.errors as Record<string, string>;
      const t = Object.assign((key: string) => table[key], { has: (key: string) => key in table });
      for (const code of codes) expect(failureText(t, code)).toBe(table[code]);
      expect(failureText(t, "something_new")).toBe(table.other);
      expect(failureText(t, null)).toBeNull();
    }
  });

  it("keeps the two message files in step for the connections, syncs, admin and health namespaces", () => {
    const keysOf = (value: unknown, prefix = ""): string[] =>
      typeof value === "object" && value !== null ? Object.entries(value).flatMap(([k, v]) => keysOf(v, `${prefix}${k}.`)) : [prefix];
    for (const ns of ["connections", "syncs", "admin", "health"] as const) expect(keysOf(en[ns]).sort()).toEqual(keysOf(ru[ns]).sort());
  });
});

describe("WB token categories on a card", () => {
  it("lists granted categories and the needed ones the token lacks, in the reader's language", () => {
    expect(describeScopes("wildberries", ["content", "analytics", "marketplace"], translatorFor("ru"))).toEqual({
      granted: ["Контент", "Аналитика", "Маркетплейс"],
      missing: ["Статистика"],
    });
    expect(describeScopes("wildberries", ["content", "statistics", "analytics", "marketplace"], translatorFor("en"))?.missing).toEqual([]);
    expect(scopeLabels("wildberries", ["statistics"], translatorFor("en"))).toEqual(["Statistics"]);
  });

  it("says nothing for providers without scopes", () => {
    expect(describeScopes("ozon", [], translatorFor("ru"))).toBeNull();
    expect(describeScopes("smsaero", ["x"], translatorFor("ru"))).toBeNull();
  });
});

describe("durations", () => {
  it("are short and exact at each scale", () => {
    expect(formatDuration(850, "ru")).toBe("850 мс");
    expect(formatDuration(12_400, "ru")).toBe("12 с");
    expect(formatDuration(185_000, "en")).toBe("3 min 05 s");
    expect(formatDuration(3_720_000, "ru")).toBe("1 ч 02 мин");
  });
});
