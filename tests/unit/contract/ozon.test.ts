import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOzonClient } from "@/lib/integrations/ozon/client";
import { getAnalytics } from "@/lib/integrations/ozon/operations/analytics";
import { listFboPostings, listFbsPostings } from "@/lib/integrations/ozon/operations/postings";
import { listProductCards } from "@/lib/integrations/ozon/operations/products";
import { getApiKeyInfo } from "@/lib/integrations/ozon/operations/roles";
import { listStocks } from "@/lib/integrations/ozon/operations/stocks";
import { OZON_OPERATIONS } from "@/scripts/gen-ozon";
import { loadSpec, validateRequest, validateResponse } from "@/tests/support/openapi-contract";
import { recordExchanges, type RecordedExchange } from "./recording-fetch";
import { collect, DAY_MS, SANDBOX_START, startOzonSandbox, type OzonSandbox } from "@/tests/unit/integrations/ozon/harness";

/**
 * Both directions against the official swagger.json: every request the client sends is valid
 * for its operation, and every answer the sandbox gives (successes and errors) matches the
 * documented response schema. Exchanges are recorded at the transport, below the client.
 */
const spec = loadSpec("ozon/swagger.json");

/**
 * swagger.json declares `"enum": null` on a few string schemas (analyticsMetric, FilterOp,
 * SortingOrder): meant as "no enum", but ajv refuses to compile it. Removed before anything is
 * compiled (ajv holds the document by reference and compiles lazily).
 */
for (const schema of Object.values((spec.document.components as { schemas: Record<string, Record<string, unknown>> }).schemas)) {
  if (schema.enum === null) delete schema.enum;
}

let oz: OzonSandbox;
const exchanges: RecordedExchange[] = [];
const recordingFetch = recordExchanges(/^\/ozon/, (exchange) => exchanges.push(exchange));

beforeAll(async () => {
  oz = await startOzonSandbox({ scale: 1500 });
  const client = createOzonClient(oz.credentials, { baseUrl: oz.baseUrl, fetch: recordingFetch });
  const period = { since: new Date(SANDBOX_START.getTime() - 95 * DAY_MS), to: SANDBOX_START };
  await getApiKeyInfo(client);
  await collect(listProductCards(client, { limit: 400 }));
  await collect(listStocks(client, { limit: 500 }));
  await collect(listFbsPostings(client, { ...period, withFinancialData: true }));
  await collect(listFbsPostings(client, { ...period, statuses: ["cancelled", "delivering"] }));
  await collect(listFboPostings(client, { ...period, withFinancialData: true }));
  await getAnalytics(client, {
    dateFrom: "2026-05-01",
    dateTo: "2026-05-31",
    metrics: ["revenue", "ordered_units", "delivered_units"],
    dimension: ["sku", "day"],
    limit: 50,
  });
});
afterAll(() => oz.sandbox.close());

/**
 * The v4 FBS filter declares `pattern: " YYYY-MM-DDThh:mm:ssZ"`: a format hint written into the
 * regex field (with a leading space), which no date, not even Ozon's own example, can match.
 * Those two errors are replaced by a check of the format the hint means.
 */
const FORMAT_HINT_ERROR = /^body\.filter\.(since|to) must match pattern " YYYY-MM-DDThh:mm:ssZ"$/;
function requestErrors(e: RecordedExchange): string[] {
  const errors = validateRequest(spec, "post", e.path, { body: e.requestBody });
  const filter = (e.requestBody as { filter?: Record<string, unknown> } | undefined)?.filter;
  return errors.flatMap((error) => {
    const field = FORMAT_HINT_ERROR.exec(error)?.[1];
    if (!field) return [error];
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(String(filter?.[field]))
      ? []
      : [`body.filter.${field} is not YYYY-MM-DDThh:mm:ssZ`];
  });
}

/** The operations the types are generated for are the ones the client must exercise. */
const OPERATIONS = OZON_OPERATIONS;

describe("Ozon contract (swagger.json)", () => {
  it("exercised every operation the client uses", () => {
    expect(new Set(exchanges.map((e) => e.path))).toEqual(new Set(OPERATIONS));
    expect(exchanges.every((e) => e.status === 200)).toBe(true);
  });

  it("client requests are valid for their operations and carry Client-Id and Api-Key", () => {
    for (const e of exchanges) {
      expect(requestErrors(e), e.path).toEqual([]);
      expect(e.headers.get("client-id")).toBe(oz.credentials.clientId);
      expect(e.headers.get("api-key")).toBe(oz.credentials.apiKey);
      expect(e.headers.get("x-retry-safe"), "internal marker must not reach Ozon").toBeNull();
    }
  });

  it("sandbox answers match the documented 200 response schemas", () => {
    for (const e of exchanges) expect(validateResponse(spec, "post", e.path, 200, e.responseBody), e.path).toEqual([]);
  });

  it("sandbox errors match the documented error responses", async () => {
    const post = async (
      path: string,
      body: unknown,
      headers: Record<string, string> = { "client-id": oz.credentials.clientId, "api-key": oz.credentials.apiKey },
    ) => {
      const res = await fetch(`${oz.baseUrl}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    };
    const missingTo = await post("/v4/posting/fbs/list", { filter: { since: "2026-05-01T00:00:00Z" }, limit: 10 });
    expect(missingTo.status).toBe(400);
    expect(validateResponse(spec, "post", "/v4/posting/fbs/list", 400, missingTo.body)).toEqual([]);
    const tooBig = await post("/v3/product/list", { limit: 5000 });
    expect(tooBig.status).toBe(400);
    expect(validateResponse(spec, "post", "/v3/product/list", 400, tooBig.body)).toEqual([]);

    // 401 and 429 are not listed per operation; their bodies still use the spec's rpcStatus.
    const rpcStatus = spec.ajv.compile({ $ref: `${spec.name}#/components/schemas/rpcStatus` });
    const unauthenticated = await post("/v3/product/list", { limit: 1 }, {});
    expect(unauthenticated.status).toBe(401);
    expect(rpcStatus(unauthenticated.body)).toBe(true);
    expect(validateResponse(spec, "post", "/v1/roles", 401, unauthenticated.body)).toEqual([]); // "default" response
  });
});
