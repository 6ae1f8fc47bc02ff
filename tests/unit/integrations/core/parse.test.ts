import { randomUUID } from "node:crypto";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { expectOk, parseJson, unwrap } from "@/lib/integrations/core/parse";
import { withContractRetry } from "@/lib/sync/failure-policy";
import { retryAfterMs } from "@/lib/integrations/core/retry-after";
import { createVendorFetch } from "@/lib/integrations/core/vendor-fetch";
import { startScriptedSandbox, type ScriptedSandbox } from "./scripted-vendor";
import { integrationFailure } from "@/tests/support/integration-failure";

let s: ScriptedSandbox;
beforeAll(async () => {
  s = await startScriptedSandbox();
});
afterAll(() => s.close());

const ctx = { vendor: "scripted", operation: "GET /cards" };
const cardsSchema = z.object({
  cards: z.array(z.object({ nmID: z.number(), title: z.string() })),
  cursor: z.object({ total: z.number() }),
});
const cards = {
  cards: [
    { nmID: 1, title: "Cup" },
    { nmID: 2, title: "Plate" },
  ],
  cursor: { total: 2 },
};
const vendorFetch = () => createVendorFetch({ vendor: "scripted", accountKey: randomUUID(), rateLimits: [], logger: { debug: () => {} } });
const forced = (fault: string) => ({ headers: { "x-sandbox-fault": fault } });

describe("parseJson", () => {
  it("returns validated data", async () => {
    s.script("/cards", { status: 200, body: cards });
    expect(await parseJson(await vendorFetch()(`${s.base}/cards`), cardsSchema, ctx)).toEqual(cards);
  });

  it("reports a truncated body as a contract violation", async () => {
    s.script("/cards", { status: 200, body: cards });
    const res = await vendorFetch()(`${s.base}/cards`, forced("truncate"));
    const error = await integrationFailure(parseJson(res, cardsSchema, ctx));
    expect(error.code).toBe("contract_violation");
    expect(error.message).toContain("response body is not valid JSON (truncated?)");
  });

  it("names the first field that breaks the schema", async () => {
    s.script("/cards", {
      status: 200,
      body: {
        cards: [
          { nmID: 1, title: "Cup" },
          { nmID: "2", title: "Plate" },
        ],
        cursor: { total: 2 },
      },
    });
    const error = await integrationFailure(parseJson(await vendorFetch()(`${s.base}/cards`), cardsSchema, ctx));
    expect(error).toMatchObject({ code: "contract_violation", field: "cards.1.nmID", operation: "GET /cards" });
    expect(error.message).toContain('field "cards.1.nmID"');
  });

  it("catches the sandbox's wrong-shaped malformed bodies", async () => {
    s.script("/cards", { status: 200, body: cards });
    const error = await integrationFailure(parseJson(await vendorFetch()(`${s.base}/cards`, forced("malformed-shape")), cardsSchema, ctx));
    expect(error.field).toBe("cards");
  });
});

describe("unwrap (openapi-fetch results)", () => {
  const api = () =>
    createClient<Record<string, never>>({ baseUrl: s.base, fetch: vendorFetch() }) as unknown as {
      GET: (path: string, init?: RequestInit) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    };

  it("validates data and turns a garbled body into a contract violation", async () => {
    s.script("/cards", { status: 200, body: cards });
    expect(await unwrap(api().GET("/cards"), cardsSchema, ctx)).toEqual(cards);
    const notJson = await integrationFailure(unwrap(api().GET("/cards", forced("malformed-json")), cardsSchema, ctx));
    expect(notJson.code).toBe("contract_violation");
    const truncated = await integrationFailure(unwrap(api().GET("/cards", forced("truncate")), cardsSchema, ctx));
    expect(truncated.code).toBe("contract_violation");
  });

  it("maps a non-OK result from a plain fetch client", async () => {
    s.script("/missing", { status: 404, body: { message: "no such card" } });
    const plain = createClient<Record<string, never>>({ baseUrl: s.base }) as unknown as ReturnType<typeof api>;
    const error = await integrationFailure(unwrap(plain.GET("/missing"), cardsSchema, ctx));
    expect(error).toMatchObject({ code: "not_found", status: 404 });
    expect(error.message).toContain("no such card");
  });
});

describe("expectOk and withContractRetry", () => {
  it("expectOk maps a plain fetch's non-OK response", async () => {
    s.script("/limit", { status: 429, headers: { "retry-after": "30" }, body: {} });
    const error = await integrationFailure(expectOk(await fetch(`${s.base}/limit`), ctx));
    expect(error.code).toBe("rate_limited");
    expect(error.retryAt!.getTime() - Date.now()).toBeGreaterThan(28_000);
    s.script("/fine", { status: 200, body: {} });
    expect((await expectOk(await fetch(`${s.base}/fine`), ctx)).status).toBe(200);
  });

  it("re-fetches a page after a contract violation, a bounded number of times", async () => {
    s.script("/page", { status: 200, text: '{"cards": [' }, { status: 200, body: cards });
    let calls = 0;
    const fetchPage = async () => {
      calls += 1;
      return parseJson(await vendorFetch()(`${s.base}/page`), cardsSchema, ctx);
    };
    expect(await withContractRetry(fetchPage, { attempts: 3, initialDelayMs: 10 })).toEqual(cards);
    expect(calls).toBe(2);

    s.script("/page", { status: 200, text: "<html>" });
    calls = 0;
    expect((await integrationFailure(withContractRetry(fetchPage, { attempts: 3, initialDelayMs: 10 }))).code).toBe("contract_violation");
    expect(calls).toBe(3);
  });

  it("passes other errors straight through", async () => {
    s.script("/denied", { status: 401, body: {} });
    let calls = 0;
    const error = await integrationFailure(
      withContractRetry(async () => {
        calls += 1;
        return vendorFetch()(`${s.base}/denied`);
      }),
    );
    expect(error.code).toBe("auth_failed");
    expect(calls).toBe(1);
  });
});

describe("retryAfterMs", () => {
  it("reads seconds, HTTP dates and WB's headers", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(retryAfterMs(new Headers({ "retry-after": "3" }), now)).toBe(3000);
    expect(retryAfterMs(new Headers({ "retry-after": "Wed, 01 Jan 2025 00:00:10 GMT" }), now)).toBe(10_000);
    expect(retryAfterMs(new Headers({ "x-ratelimit-retry": "2", "x-ratelimit-reset": "9" }), now)).toBe(2000);
    expect(retryAfterMs(new Headers({ "x-ratelimit-reset": "9" }), now)).toBe(9000);
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
  });
});
