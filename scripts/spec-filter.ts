import path from "node:path";

/**
 * Cuts a vendor's OpenAPI document down to the operations we call plus every component they
 * reach, for the `gen:*` scripts. Vendor specs run to megabytes (Ozon ~460 paths, YooKassa's
 * payouts and deals); the committed types then stay small enough to review.
 */
export type Json = Record<string, unknown>;

/** Path → the HTTP methods we call on it (lower case, as in the spec). */
export type OperationMethods = Record<string, string[]>;

/**
 * Every `#/components/<kind>/<name>` reachable from `start`, following refs inside components
 * too, and discriminator mappings, which name their schemas by plain strings.
 */
export function collectComponentRefs(spec: Json, start: unknown): Set<string> {
  const components = (spec.components ?? {}) as Record<string, Json | undefined>;
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/")) {
        if (seen.has(value)) continue;
        seen.add(value);
        const [, , kind, ...name] = value.split("/");
        const target = components[kind]?.[name.join("/")];
        if (target === undefined) throw new Error(`dangling reference ${value}`);
        visit(target);
      } else if (key === "mapping" && value && typeof value === "object") {
        for (const target of Object.values(value)) visit({ $ref: target });
      } else visit(value);
    }
  };
  visit(start);
  return seen;
}

/** The spec's components that `refs` names, in the spec's order; security schemes are always kept. */
export function componentsReached(spec: Json, refs: Set<string>, keepSecuritySchemes = true): Record<string, Json> {
  const components: Record<string, Json> = {};
  for (const [kind, entries] of Object.entries((spec.components ?? {}) as Record<string, Json>)) {
    if (kind === "securitySchemes" && keepSecuritySchemes) {
      components[kind] = entries;
      continue;
    }
    const kept = Object.entries(entries).filter(([name]) => refs.has(`#/components/${kind}/${name}`));
    if (kept.length) components[kind] = Object.fromEntries(kept);
  }
  return components;
}

/** The listed methods of each listed path (and the path's shared parameters); a missing one is an error. */
export function selectOperations(spec: Json, operations: OperationMethods): Record<string, Json> {
  const allPaths = spec.paths as Record<string, Json>;
  const paths: Record<string, Json> = {};
  for (const [route, methods] of Object.entries(operations)) {
    const item = allPaths[route];
    if (!item) throw new Error(`spec has no path ${route}`);
    paths[route] = {};
    for (const method of methods) {
      if (!item[method]) throw new Error(`spec has no ${method.toUpperCase()} ${route}`);
      paths[route][method] = item[method];
    }
    if (item.parameters) paths[route].parameters = item.parameters;
  }
  return paths;
}

/** The whole spec with only `operations` and what they reach (tags dropped: they list every operation). */
export function filterSpec(spec: Json, operations: OperationMethods): Json {
  const paths = selectOperations(spec, operations);
  return { ...spec, tags: undefined, paths, components: componentsReached(spec, collectComponentRefs(spec, paths)) };
}

/** "POST /a, GET /b" for a generated file's header. */
export function describeOperations(operations: OperationMethods): string {
  return Object.entries(operations)
    .flatMap(([route, methods]) => methods.map((method) => `${method.toUpperCase()} ${route}`))
    .join(", ");
}

/** True when `moduleFile` (a script's `import.meta.filename`) is what node was started with, not an import. */
export function isEntryPoint(moduleFile: string): boolean {
  return Boolean(process.argv[1]) && path.resolve(process.argv[1]) === path.resolve(moduleFile);
}
