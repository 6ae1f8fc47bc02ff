import { freePort } from "../../../support/free-port";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IntegrationDefinition } from "@/lib/integrations/types";
import type { RunningSandbox } from "@/devtools/sandbox/core/server";
import type { WildberriesSandbox } from "@/devtools/sandbox/wildberries";
import { russianCheckText } from "../../../support/check-message-text";
import { inBothLanguages } from "../../../support/catalogue";

/**
 * The registry's check() reads WB base URLs from the environment, as the app does. The env
 * module reads process.env once, so the port is chosen and the variables set before any
 * project module loads (all imports below are dynamic).
 */

let sandbox: RunningSandbox;
let vendor: WildberriesSandbox;
let wildberries: IntegrationDefinition;

beforeAll(async () => {
  const port = await freePort();
  for (const host of ["CONTENT", "STATISTICS", "ANALYTICS", "MARKETPLACE", "COMMON"]) {
    process.env[`WB_${host}_API_URL`] = `http://127.0.0.1:${port}/wb/${host.toLowerCase()}`;
  }
  const { startSandbox } = await import("@/devtools/sandbox/core/server");
  const { createWildberriesSandbox } = await import("@/devtools/sandbox/wildberries");
  const registry = await import("@/lib/integrations/all");
  vendor = createWildberriesSandbox();
  sandbox = await startSandbox({ port, vendors: [vendor], scale: 200, rateLimits: "enforce", clock: "manual", startAt: new Date() });
  wildberries = registry.getIntegration("wildberries");
});
afterAll(() => sandbox.close());

describe("Wildberries in the integration registry", () => {
  it("is registered as a marketplace with a token field and the WB rate limits", () => {
    expect({ ...wildberries, name: inBothLanguages(wildberries.name) }).toMatchObject({
      id: "wildberries",
      category: "marketplace",
      name: { ru: "Wildberries", en: "Wildberries" },
    });
    expect(wildberries.capabilities).toEqual(["sync:products", "sync:stocks", "sync:orders", "sync:sales"]);
    expect(wildberries.credentialFields.map((f) => [f.key, f.secret])).toEqual([["token", true]]);
    const statistics = wildberries.rateLimits.find((r) => r.group === "statistics-orders");
    expect(statistics).toMatchObject({ limit: 1, intervalMs: 60_000, burst: 10 });
    expect(wildberries.rateLimits.find((r) => r.group === "marketplace-warehouses")?.costOf4xx).toBe(10);
  });

  it("check() reports expiry, categories and latency for a live token", async () => {
    const [demo] = vendor.demoAccounts(sandbox.ctx);
    const result = await wildberries.check(wildberries.credentialsSchema.parse(demo.credentials));
    expect(result.ok).toBe(true);
    expect(result.expiresAt?.toISOString()).toBe("2036-01-01T00:00:00.000Z");
    expect(result.scopes).toEqual(expect.arrayContaining(["content", "statistics", "analytics", "marketplace"]));
    expect(result.missingScopes).toEqual([]);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("check() fails naming the missing categories", async () => {
    const account = vendor.createAccount!(sandbox.ctx, { scopes: ["content", "marketplace"], expiresAt: "2027-03-01T00:00:00Z" });
    const result = await wildberries.check({ token: account.credentials.token });
    expect(result.ok).toBe(false);
    expect(result.expiresAt?.toISOString()).toBe("2027-03-01T00:00:00.000Z");
    expect(result.missingScopes).toEqual(["statistics", "analytics"]);
    expect(russianCheckText("wildberries", result.message)).toContain("Статистика");
  });

  it("check() fails with auth_failed for a revoked token", async () => {
    const account = vendor.createAccount!(sandbox.ctx, {});
    vendor.revoke!(account.accountKey);
    const result = await wildberries.check({ token: account.credentials.token });
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe("auth_failed");
  });

  it("check() explains a value that is not a WB token", async () => {
    const result = await wildberries.check({ token: "0f8fad5b-d9cb-469f-a165-70867728950e" });
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(/Ozon Api-Key/);
  });

  it("masks credentials for the browser", () => {
    const [demo] = vendor.demoAccounts(sandbox.ctx);
    expect(wildberries.maskCredentials(demo.credentials)).toEqual({ token: `••••${demo.credentials.token.slice(-4)}` });
  });
});
