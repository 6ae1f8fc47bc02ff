import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { IntegrationDefinition } from "@/lib/integrations/types";
import { startOzonSandbox, type OzonSandbox } from "./harness";
import { russianCheckText } from "../../../support/check-message-text";
import { inBothLanguages } from "../../../support/catalogue";

/**
 * The registry entry as the connections UI and health checks use it. `check()` reads its base URL
 * from OZON_API_URL, so the variable is pointed at this test's sandbox and the app's modules
 * (lib/env included) are loaded afresh after it.
 */
let oz: OzonSandbox;
let ozon: IntegrationDefinition;
beforeAll(async () => {
  oz = await startOzonSandbox();
  process.env.OZON_API_URL = oz.baseUrl;
  vi.resetModules();
  const { getIntegration } = await import("@/lib/integrations/all");
  ozon = getIntegration("ozon");
});
afterAll(async () => {
  delete process.env.OZON_API_URL;
  await oz.sandbox.close();
});

describe("Ozon registry definition", () => {
  it("declares metadata, capabilities and the documented limits", () => {
    expect({ ...ozon, name: inBothLanguages(ozon.name) }).toMatchObject({
      id: "ozon",
      category: "marketplace",
      name: { ru: "Ozon", en: "Ozon" },
    });
    expect(ozon.capabilities).toEqual(["sync:products", "sync:stocks", "sync:orders", "sync:sales"]);
    const account = ozon.rateLimits.find((r) => r.group === "ozon-default")!;
    expect(account).toMatchObject({ limit: 50, intervalMs: 1000 });
    expect(ozon.rateLimits.find((r) => r.match("POST", "/v1/analytics/data"))).toMatchObject({ limit: 1, intervalMs: 60_000 });
    expect(ozon.credentialFields.find((f) => f.key === "apiKey")!.secret).toBe(true);
  });

  it("validates credentials with messages a Russian-speaking seller understands", () => {
    expect(ozon.credentialsSchema.safeParse(oz.credentials).success).toBe(true);
    const bad = ozon.credentialsSchema.safeParse({ clientId: "abc", apiKey: "not-a-key" });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message).join(" ");
    expect(messages).toMatch(/Client-Id — это число/);
    expect(messages).toMatch(/API-ключ Ozon выглядит так/);
  });

  it("masks the API key and keeps the Client-Id readable", () => {
    const masked = ozon.maskCredentials(oz.credentials);
    expect(masked.clientId).toBe(oz.credentials.clientId);
    expect(masked.apiKey).toBe(`••••${oz.credentials.apiKey.slice(-4)}`);
    expect(JSON.stringify(masked)).not.toContain(oz.credentials.apiKey.slice(0, 8));
  });

  it("check() reports scopes, expiry and latency for live credentials", async () => {
    const result = await ozon.check(oz.credentials);
    expect(result.ok).toBe(true);
    expect(result.scopes).toEqual(expect.arrayContaining(["Posting FBS", "Posting FBO", "Product read-only", "Analytics"]));
    expect(result.missingScopes).toBeUndefined();
    expect(result.expiresAt!.getTime()).toBeGreaterThan(Date.parse("2026-06-01"));
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("check() fails with auth_failed and a Russian message for a revoked key", async () => {
    const account = await oz.createAccount(50);
    await oz.revoke(account.clientId);
    const result = await ozon.check(account);
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe("auth_failed");
    expect(russianCheckText("ozon", result.message)).toMatch(/не принял/);
  });
});
