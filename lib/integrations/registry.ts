import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import type { Capability, IntegrationCategory, IntegrationDefinition } from "@/lib/integrations/types";

/**
 * The integration registry (one folder per provider, each registering itself). The connections
 * UI, live checks and health monitoring read it, so adding a provider is adding a folder plus
 * one import line in lib/integrations/all.ts. Import from "@/lib/integrations/all" to be sure
 * every provider has registered.
 */

/** A programming error (a provider missing or registered twice): a person sees the generic text. */
export class IntegrationRegistryError extends AppError<"unknown_integration" | "duplicate_integration" | "invalid_integration"> {
  override name = "IntegrationRegistryError";

  override get messageKey(): string {
    return "internal";
  }

  override get status(): number {
    return 500;
  }
}

const integrations = new Map<string, IntegrationDefinition>();

export function registerIntegration<S extends z.ZodType>(definition: IntegrationDefinition<S>): IntegrationDefinition<S> {
  assertWellFormed(definition as unknown as IntegrationDefinition);
  const existing = integrations.get(definition.id);
  // Next's dev server re-evaluates a provider module after an edit without reloading this one;
  // the fresh definition replaces the stale one there. Anywhere else a second id is a bug.
  if (existing && existing !== (definition as unknown) && env.NODE_ENV !== "development") {
    throw new IntegrationRegistryError("duplicate_integration", `integration "${definition.id}" is registered twice`);
  }
  integrations.set(definition.id, definition as unknown as IntegrationDefinition);
  return definition;
}

export function findIntegration(id: string): IntegrationDefinition | undefined {
  return integrations.get(id);
}

export function getIntegration(id: string): IntegrationDefinition {
  const definition = integrations.get(id);
  if (!definition) {
    const known = [...integrations.keys()].join(", ") || "none";
    throw new IntegrationRegistryError("unknown_integration", `unknown integration "${id}" (registered: ${known})`);
  }
  return definition;
}

export interface IntegrationFilter {
  category?: IntegrationCategory;
  capability?: Capability;
}

/** Registered integrations in registration order, optionally narrowed by category and capability. */
export function listIntegrations(filter: IntegrationFilter = {}): IntegrationDefinition[] {
  return [...integrations.values()].filter(
    (d) => (!filter.category || d.category === filter.category) && (!filter.capability || d.capabilities.includes(filter.capability)),
  );
}

/** Catches declaration mistakes at startup rather than in the connections form. */
function assertWellFormed(definition: IntegrationDefinition): void {
  const problem = (message: string) => new IntegrationRegistryError("invalid_integration", `integration "${definition.id}": ${message}`);
  if (!/^[a-z][a-z0-9-]*$/.test(definition.id)) throw problem("id must be lower-case letters, digits and dashes");
  const fieldKeys = definition.credentialFields.map((f) => f.key);
  if (new Set(fieldKeys).size !== fieldKeys.length) throw problem("credential field keys repeat");
  if (definition.credentialsSchema instanceof z.ZodObject) {
    const shapeKeys = Object.keys(definition.credentialsSchema.shape);
    const unknown = fieldKeys.filter((key) => !shapeKeys.includes(key));
    if (unknown.length) throw problem(`credential fields ${unknown.join(", ")} are not in the credentials schema`);
  }
  for (const rule of definition.rateLimits) {
    if (!(rule.limit > 0 && rule.intervalMs > 0) || (rule.burst !== undefined && rule.burst < 1)) {
      throw problem(`rate limit group "${rule.group}" needs a positive limit, interval and burst`);
    }
  }
}

/** Tests only: forget registrations so each test starts from a known registry. */
export function unregisterIntegrationForTests(id: string): void {
  integrations.delete(id);
}
