import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { parse as parseYaml } from "yaml";

/**
 * Contract checks against the vendors' official OpenAPI 3.0 specs (../shared/specs):
 * does a sandbox response (or a request our client builds) match what the spec documents?
 *
 *   const spec = loadSpec("wildberries/02-items.yaml");
 *   expect(validateResponse(spec, "post", "/content/v2/get/cards/list", 200, body)).toEqual([]);
 *   expect(validateRequest(spec, "post", "/content/v2/get/cards/list", { query, body })).toEqual([]);
 *
 * Specs are not dereferenced (Ozon's is 4 MB with cycles): each spec is registered whole in
 * ajv and operations are compiled lazily by JSON pointer, so `#/components/...` refs resolve
 * in place. Loaded specs and compiled validators are cached per process.
 */

const SPECS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/specs");
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
// OpenAPI's own formats carry no constraint JSON Schema can check; accept them as documentation.
const OPENAPI_FORMATS = ["int32", "int64", "float", "double", "byte", "binary", "password", "decimal"];

type Json = Record<string, unknown>;

export interface LoadedSpec {
  name: string;
  document: Json;
  /** Response and body checks: exact types. */
  ajv: Ajv;
  /** Query checks: query values arrive as strings, so types are coerced first. */
  queryAjv: Ajv;
  validators: Map<string, ValidateFunction>;
}

const cache = new Map<string, LoadedSpec>();

export function loadSpec(relativePath: string): LoadedSpec {
  const cached = cache.get(relativePath);
  if (cached) return cached;
  const file = path.join(SPECS_DIR, relativePath);
  const text = readFileSync(file, "utf8");
  const raw = (file.endsWith(".json") ? JSON.parse(text) : parseYaml(text, { maxAliasCount: -1 })) as Json;
  const document = toJsonSchemaDialect(raw) as Json;
  const key = `spec:${relativePath}`;
  const makeAjv = (coerceTypes: boolean) => {
    const ajv = new Ajv({
      strict: false,
      allErrors: true,
      validateSchema: false,
      logger: false,
      coerceTypes: coerceTypes ? "array" : false,
    });
    addFormats(ajv);
    for (const format of OPENAPI_FORMATS) ajv.addFormat(format, true);
    ajv.addSchema(document, key);
    return ajv;
  };
  const spec: LoadedSpec = { name: key, document, ajv: makeAjv(false), queryAjv: makeAjv(true), validators: new Map() };
  cache.set(relativePath, spec);
  return spec;
}

/** Errors (empty when valid) for a response body against the documented status and JSON schema. */
export function validateResponse(spec: LoadedSpec, method: string, pathTemplate: string, status: number, body: unknown): string[] {
  const { pointer: opPointer, operation } = findOperation(spec, method, pathTemplate);
  const responses = (operation.responses ?? {}) as Json;
  const statusKey = [String(status), `${String(status)[0]}XX`, "default"].find((k) => k in responses);
  if (!statusKey) return [`status ${status} is not documented for ${method.toUpperCase()} ${pathTemplate}`];
  const { pointer, value: response } = follow(spec, `${opPointer}/responses/${escape(statusKey)}`);
  const mediaType = jsonMediaType(response.content as Json | undefined);
  if (!mediaType) return [];
  return check(spec, spec.ajv, `${pointer}/content/${escape(mediaType)}/schema`, body, "body");
}

/** Errors (empty when valid) for a request's query parameters and JSON body. */
export function validateRequest(
  spec: LoadedSpec,
  method: string,
  pathTemplate: string,
  request: { query?: URLSearchParams | Record<string, unknown>; body?: unknown },
): string[] {
  const { pointer: opPointer, operation, pathPointer } = findOperation(spec, method, pathTemplate);
  const errors: string[] = [];
  const query = request.query instanceof URLSearchParams ? Object.fromEntries(request.query) : (request.query ?? {});
  const params = parameterPointers(spec, pathPointer, opPointer).map((pointer) => follow(spec, pointer));
  const queryParams = params.filter(({ value }) => value.in === "query");
  for (const { pointer, value: param } of queryParams) {
    const name = String(param.name);
    if (query[name] === undefined) {
      if (param.required) errors.push(`query parameter "${name}" is required`);
      continue;
    }
    // Wrapped in an object so ajv can coerce the string in place ("5" → 5, "true" → true).
    errors.push(...check(spec, spec.queryAjv, `${pointer}/schema`, { [name]: query[name] }, "query", name));
  }
  const unknown = Object.keys(query).filter((name) => !queryParams.some(({ value }) => value.name === name));
  errors.push(...unknown.map((name) => `query parameter "${name}" is not documented`));

  if (operation.requestBody) {
    const { pointer, value: requestBody } = follow(spec, `${opPointer}/requestBody`);
    const mediaType = jsonMediaType(requestBody.content as Json | undefined);
    if (request.body === undefined) {
      if (requestBody.required) errors.push("request body is required");
    } else if (mediaType) {
      errors.push(...check(spec, spec.ajv, `${pointer}/content/${escape(mediaType)}/schema`, request.body, "body"));
    }
  }
  return errors;
}

function findOperation(spec: LoadedSpec, method: string, pathTemplate: string) {
  const paths = spec.document.paths as Json;
  if (!paths || !(pathTemplate in paths)) throw new Error(`${spec.name}: no path ${pathTemplate}`);
  const { pointer: pathPointer, value: pathItem } = follow(spec, `/paths/${escape(pathTemplate)}`);
  const verb = method.toLowerCase() as (typeof METHODS)[number];
  if (!METHODS.includes(verb) || !pathItem[verb]) throw new Error(`${spec.name}: no ${method.toUpperCase()} ${pathTemplate}`);
  const { pointer, value: operation } = follow(spec, `${pathPointer}/${verb}`);
  return { pointer, operation, pathPointer, pathItem };
}

function parameterPointers(spec: LoadedSpec, pathPointer: string, opPointer: string): string[] {
  const at = (pointer: string) => ((valueAt(spec.document, pointer) as unknown[] | undefined) ?? []).map((_, i) => `${pointer}/${i}`);
  return [...at(`${pathPointer}/parameters`), ...at(`${opPointer}/parameters`)];
}

/** Validates `data` against the schema at `pointer`; compiled validators are cached per spec. */
function check(spec: LoadedSpec, ajv: Ajv, pointer: string, data: unknown, label: string, wrappedKey?: string): string[] {
  const cacheKey = `${ajv === spec.queryAjv ? "q" : "b"}:${wrappedKey ?? ""}:${pointer}`;
  let validate = spec.validators.get(cacheKey);
  if (!validate) {
    const ref = { $ref: `${spec.name}#${pointer}` };
    validate = ajv.compile(wrappedKey === undefined ? ref : { type: "object", properties: { [wrappedKey]: ref } });
    spec.validators.set(cacheKey, validate);
  }
  return validate(data) ? [] : formatErrors(validate.errors, label);
}

function formatErrors(errors: ErrorObject[] | null | undefined, label: string): string[] {
  return (errors ?? []).map((e) => {
    const where = `${label}${e.instancePath.replace(/\//g, ".")}`;
    const allowed = e.keyword === "enum" ? ` (${(e.params.allowedValues as unknown[]).join(", ")})` : "";
    return `${where} ${e.message ?? "is invalid"}${allowed}`;
  });
}

/** Follows local `$ref`s from `pointer` to the object they name. */
function follow(spec: LoadedSpec, pointer: string): { pointer: string; value: Json } {
  let current = pointer;
  for (let hops = 0; hops < 20; hops++) {
    const value = valueAt(spec.document, current) as Json | undefined;
    if (!value) throw new Error(`${spec.name}: nothing at #${current}`);
    if (typeof value.$ref !== "string") return { pointer: current, value };
    if (!value.$ref.startsWith("#")) throw new Error(`${spec.name}: external $ref ${value.$ref} is not supported`);
    current = value.$ref.slice(1);
  }
  throw new Error(`${spec.name}: $ref cycle at #${pointer}`);
}

function valueAt(document: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .map((token) => decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, token) => (node && typeof node === "object" ? (node as Json)[token] : undefined), document);
}

/** A JSON-pointer token, URI-encoded because ajv reads the pointer from a $ref fragment. */
function escape(token: string): string {
  return encodeURIComponent(token.replace(/~/g, "~0").replace(/\//g, "~1"));
}

function jsonMediaType(content: Json | undefined): string | undefined {
  if (!content) return undefined;
  return Object.keys(content).find((type) => /json/i.test(type)) ?? ("*/*" in content ? "*/*" : undefined);
}

/**
 * OpenAPI 3.0 schemas are almost JSON Schema. Two differences matter to ajv:
 * `nullable: true` (ajv needs `type` beside it and still rejects null outside an `enum`), and
 * `oneOf` + `discriminator`, whose variants often overlap so "exactly one" fails valid data.
 */
function toJsonSchemaDialect(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchemaDialect);
  if (!node || typeof node !== "object") return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) out[key] = toJsonSchemaDialect(value);
  if (out.discriminator && Array.isArray(out.oneOf)) {
    out.anyOf = out.oneOf;
    delete out.oneOf;
  }
  if (out.nullable === true) {
    const { nullable: _nullable, ...rest } = out;
    return { anyOf: [rest, { type: "null" }] };
  }
  return out;
}
