import { describe, expect, it } from "vitest";
import { loadSpec, validateRequest, validateResponse } from "@/tests/support/openapi-contract";

const parents = (additionalErrors: unknown) => ({
  data: [{ name: "Электроника", id: 479, isVisible: true }],
  error: false,
  errorText: "",
  additionalErrors,
});

describe("openapi contract helper", () => {
  const wb = loadSpec("wildberries/02-items.yaml");
  const ozon = loadSpec("ozon/swagger.json");

  it("loads each spec once", () => {
    expect(loadSpec("wildberries/02-items.yaml")).toBe(wb);
  });

  it("accepts a documented response and honours OpenAPI 3.0 nullable", () => {
    expect(validateResponse(wb, "get", "/content/v2/object/parent/all", 200, parents(null))).toEqual([]);
    expect(validateResponse(wb, "get", "/content/v2/object/parent/all", 200, parents("oops"))).toEqual([]);
    expect(validateResponse(wb, "get", "/content/v2/object/parent/all", 200, parents(5))).not.toEqual([]);
  });

  it("names the offending field of a wrong response", () => {
    const errors = validateResponse(wb, "post", "/content/v2/get/cards/list", 200, { cards: [{ nmID: "12" }], cursor: { total: 1 } });
    expect(errors).toEqual(["body.cards.0.nmID must be integer"]);
  });

  it("follows $refs into components (Ozon)", () => {
    const ok = { result: { items: [{ product_id: 1, offer_id: "A-1", archived: false }], total: 1, last_id: "" } };
    expect(validateResponse(ozon, "post", "/v3/product/list", 200, ok)).toEqual([]);
    const bad = { result: { items: [{ product_id: "1", offer_id: 5 }], total: 1, last_id: "" } };
    expect(validateResponse(ozon, "post", "/v3/product/list", 200, bad)).toEqual([
      "body.result.items.0.offer_id must be string",
      "body.result.items.0.product_id must be integer",
    ]);
  });

  it("reports undocumented statuses and refuses unknown operations", () => {
    expect(validateResponse(wb, "get", "/content/v2/object/parent/all", 418, {})).toEqual([
      "status 418 is not documented for GET /content/v2/object/parent/all",
    ]);
    expect(() => validateResponse(wb, "get", "/no/such/path", 200, {})).toThrow(/no path/);
    expect(() => validateResponse(wb, "delete", "/content/v2/object/parent/all", 200, {})).toThrow(/no DELETE/);
  });

  it("checks query parameters (coercing strings) and the JSON body of a request", () => {
    expect(validateRequest(wb, "get", "/content/v2/object/all", { query: new URLSearchParams({ limit: "30", locale: "ru" }) })).toEqual([]);
    expect(validateRequest(wb, "get", "/content/v2/object/all", { query: { limit: "lots", page: 1 } })).toEqual([
      "query.limit must be integer",
      'query parameter "page" is not documented',
    ]);
    expect(validateRequest(wb, "post", "/content/v2/get/cards/list", { body: { settings: { cursor: { limit: 100 } } } })).toEqual([]);
    expect(validateRequest(wb, "post", "/content/v2/get/cards/list", { body: { settings: { cursor: { limit: "100" } } } })).toEqual([
      "body.settings.cursor.limit must be integer",
    ]);
    expect(validateRequest(ozon, "post", "/v3/product/list", {})).toEqual(["request body is required"]);
  });
});
