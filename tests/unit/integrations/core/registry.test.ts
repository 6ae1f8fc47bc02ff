import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  getIntegration,
  IntegrationRegistryError,
  listIntegrations,
  registerIntegration,
  unregisterIntegrationForTests,
} from "@/lib/integrations/registry";
import type { IntegrationDefinition } from "@/lib/integrations/types";

const registered: string[] = [];
afterEach(() => registered.splice(0).forEach(unregisterIntegrationForTests));

function definition(overrides: Partial<IntegrationDefinition> = {}): IntegrationDefinition {
  const id = overrides.id ?? `test-${randomUUID().slice(0, 8)}`;
  registered.push(id);
  return {
    id,
    name: "integrations.providers.test.name",
    description: "integrations.providers.test.description",
    category: "sms",
    icon: "MessageSquare",
    credentialsSchema: z.object({ apiKey: z.string().min(1) }),
    credentialFields: [{ key: "apiKey", label: "integrations.fields.test.apiKey.label", secret: true }],
    capabilities: ["sms:send"],
    rateLimits: [{ group: "default", match: () => true, limit: 5, intervalMs: 1000 }],
    check: async () => ({ ok: true, latencyMs: 1 }),
    maskCredentials: () => ({ apiKey: "••••" }),
    ...overrides,
  };
}

describe("integration registry", () => {
  it("registers and looks up a definition by id", () => {
    const def = registerIntegration(definition());
    expect(getIntegration(def.id)).toBe(def);
  });

  it("rejects a second definition with the same id", () => {
    const first = registerIntegration(definition());
    expect(() => registerIntegration(definition({ id: first.id }))).toThrow(/registered twice/);
    expect(getIntegration(first.id)).toBe(first);
  });

  it("throws a typed error for unknown ids", () => {
    try {
      getIntegration("no-such-vendor");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IntegrationRegistryError);
      expect((error as IntegrationRegistryError).code).toBe("unknown_integration");
    }
  });

  it("filters by category and capability", () => {
    const sms = registerIntegration(definition());
    const market = registerIntegration(definition({ category: "marketplace", capabilities: ["sync:orders", "sync:products"] }));
    const ids = (list: IntegrationDefinition[]) => list.map((d) => d.id).filter((id) => registered.includes(id));
    expect(ids(listIntegrations())).toEqual([sms.id, market.id]);
    expect(ids(listIntegrations({ category: "marketplace" }))).toEqual([market.id]);
    expect(ids(listIntegrations({ capability: "sms:send" }))).toEqual([sms.id]);
    expect(ids(listIntegrations({ category: "sms", capability: "sync:orders" }))).toEqual([]);
  });

  it("refuses malformed declarations", () => {
    expect(() => registerIntegration(definition({ id: "Bad Id" }))).toThrow(/lower-case/);
    expect(() =>
      registerIntegration(
        definition({ credentialFields: [{ key: "token", label: "integrations.fields.test.token.label", secret: true }] }),
      ),
    ).toThrow(/token are not in the credentials schema/);
    expect(() => registerIntegration(definition({ rateLimits: [{ group: "g", match: () => true, limit: 0, intervalMs: 1000 }] }))).toThrow(
      /positive limit/,
    );
  });
});
