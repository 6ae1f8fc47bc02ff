/**
 * `npm run gen:ozon`: regenerates lib/integrations/ozon/generated/ozon-api.ts from the official
 * Ozon Seller API spec (../shared/specs/ozon/swagger.json, 3.9 MB, ~460 paths).
 *
 * The spec is first cut down to the operations the product uses plus every component they
 * reference, so the committed types stay small (tens of KB, not megabytes) and reviewable.
 *
 * Why openapi-typescript types + hand-written zod (and not @hey-api/openapi-ts's zod plugin):
 * Ozon's spec declares no `required` on any response object, so generated zod schemas accept
 * `{}` for every response: they could never flag a missing `postings` or `cursor`. The boundary
 * check we need is "the fields we consume are present and well-typed", which only a hand-picked
 * schema expresses. Those schemas live in lib/integrations/ozon/schemas/ and are declared with
 * `satisfies z.ZodType<Pick<generated type, ...>>`, so a field renamed or retyped in a newer
 * spec breaks the build instead of silently reaching the database.
 *
 * Usage: tsx scripts/gen-ozon.ts [path/to/swagger.json]
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";

/** The operations the client calls. Keep in step with lib/integrations/ozon/operations/. */
export const OZON_OPERATIONS = [
  "/v1/roles",
  "/v3/product/list",
  "/v3/product/info/list",
  "/v4/product/info/stocks",
  "/v4/posting/fbs/list",
  "/v3/posting/fbo/list",
  "/v1/analytics/data",
] as const;

type Json = Record<string, unknown>;

/** Copies the listed paths and, transitively, every `#/components/...` they reference. */
export function filterSpec(spec: Json, keepPaths: readonly string[]): Json {
  const paths = spec.paths as Record<string, unknown>;
  const components = spec.components as Record<string, Record<string, unknown>>;
  const kept: Record<string, Record<string, unknown>> = {};
  const queue: string[] = [];

  const collectRefs = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(collectRefs);
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/")) queue.push(value);
      else collectRefs(value);
    }
  };

  const selectedPaths: Record<string, unknown> = {};
  for (const p of keepPaths) {
    if (!paths[p]) throw new Error(`operation ${p} is not in the spec any more`);
    selectedPaths[p] = withoutAuthHeaders(paths[p] as Record<string, Json>);
    collectRefs(selectedPaths[p]);
  }
  while (queue.length > 0) {
    const [, , section, ...nameParts] = queue.pop()!.split("/");
    const name = nameParts.join("/");
    kept[section] ??= {};
    if (kept[section][name]) continue;
    const target = components[section]?.[name];
    if (target === undefined) throw new Error(`dangling reference #/components/${section}/${name}`);
    kept[section][name] = target;
    collectRefs(target);
  }
  const info = spec.info as Json;
  return {
    openapi: spec.openapi,
    info: { title: info.title, version: info.version },
    servers: spec.servers,
    paths: selectedPaths,
    components: kept,
  };
}

const AUTH_PARAMETERS = new Set(["#/components/parameters/Client-Id", "#/components/parameters/Api-Key"]);

/**
 * Ozon declares Client-Id / Api-Key as per-operation header parameters. The client's fetch adds
 * them to every request (like a security scheme), so they are dropped from the types; otherwise
 * every call site would have to pass credentials it must not hold.
 */
function withoutAuthHeaders(pathItem: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(
    Object.entries(pathItem).map(([method, op]) => {
      const parameters = (op.parameters as Array<{ $ref?: string }> | undefined)?.filter((p) => !AUTH_PARAMETERS.has(p.$ref ?? ""));
      return [method, { ...op, parameters: parameters?.length ? parameters : undefined }];
    }),
  );
}

const MAX_DESCRIPTION = 240;

/** Keeps field docs for editor hovers but cuts Ozon's page-long method guides to their first paragraph. */
export function shortenDescriptions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shortenDescriptions);
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if ((key === "description" || key === "summary") && typeof value === "string") {
        const first = value.trim().split(/\n\s*\n/)[0];
        return [key, first.length > MAX_DESCRIPTION ? `${first.slice(0, MAX_DESCRIPTION)}…` : first];
      }
      if (key === "example" || key === "examples") return [key, undefined];
      return [key, shortenDescriptions(value)];
    }),
  );
}

async function main() {
  const root = path.resolve(import.meta.dirname, "..");
  const specPath = process.argv[2] ?? path.resolve(root, "../shared/specs/ozon/swagger.json");
  const spec = JSON.parse(await readFile(specPath, "utf8")) as Json;
  const filtered = shortenDescriptions(filterSpec(spec, OZON_OPERATIONS));
  const ast = await openapiTS(filtered as never, { alphabetize: true });
  const header =
    "/* Generated by `npm run gen:ozon` from the official Ozon Seller API spec. Do not edit by hand. */\n" +
    `/* Operations: ${OZON_OPERATIONS.join(", ")} */\n\n`;
  const outFile = path.resolve(root, "lib/integrations/ozon/generated/ozon-api.ts");
  await writeFile(outFile, header + astToString(ast));
  console.log(`wrote ${path.relative(root, outFile)} (${OZON_OPERATIONS.length} operations)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
