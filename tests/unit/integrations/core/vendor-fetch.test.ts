import { randomUUID } from "node:crypto";
import createClient from "openapi-fetch";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createVendorFetch, type VendorFetchOptions } from "@/lib/integrations/core/vendor-fetch";
import { startScriptedSandbox, type ScriptedSandbox } from "./scripted-vendor";
import { startVirtualClock } from "./virtual-clock";
import { integrationFailure } from "@/tests/support/integration-failure";

/** The shape openapi-typescript generates, for one tiny operation. */
interface ItemsPaths {
  "/items": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query: { limit: number }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: { [name: string]: unknown }; content: { "application/json": { items: number[] } } } };
    };
  };
}

let s: ScriptedSandbox;
beforeAll(async () => {
  s = await startScriptedSandbox();
});
afterAll(() => s.close());
// Tests that wait (Retry-After, backoff, an open circuit) run on a virtual clock; this puts the real one back.
afterEach(() => {
  vi.useRealTimers();
});

const quietLogger = { debug: () => {} };
/** Each test gets its own account, so process-wide buckets and breakers never leak between tests. */
const client = (overrides: Partial<VendorFetchOptions> = {}) =>
  createVendorFetch({ vendor: "scripted", accountKey: randomUUID(), rateLimits: [], logger: quietLogger, ...overrides });

describe("createVendorFetch retries", () => {
  it("waits as long as Retry-After says, then succeeds", async () => {
    s.script("/retry-after", { status: 429, headers: { "retry-after": "1" }, body: {} }, { status: 200, body: { done: true } });
    const clock = startVirtualClock();
    const res = await clock.run(client({ fetch: clock.transport })(`${s.base}/retry-after`));
    expect(await res.json()).toEqual({ done: true });
    expect(clock.elapsedMs()).toBeGreaterThanOrEqual(950);
    expect(s.hits("/retry-after")).toHaveLength(2);
  });

  it("honours WB's X-Ratelimit-Retry on 429 and 503", async () => {
    s.script(
      "/wb-retry",
      { status: 429, headers: { "x-ratelimit-retry": "0.4" }, body: {} },
      { status: 503, headers: { "x-ratelimit-retry": "0.3" }, body: {} },
      { status: 200, body: { done: true } },
    );
    const clock = startVirtualClock();
    await clock.run(client({ fetch: clock.transport })(`${s.base}/wb-retry`));
    expect(clock.elapsedMs()).toBeGreaterThanOrEqual(680);
    expect(s.hits("/wb-retry")).toHaveLength(3);
  });

  it("never retries a plain POST", async () => {
    s.script("/post", { status: 503, body: {} }, { status: 200, body: {} });
    const error = await integrationFailure(client()(`${s.base}/post`, { method: "POST", body: "{}" }));
    expect(error).toMatchObject({ code: "vendor_unavailable", status: 503, operation: "POST /v/post" });
    expect(s.hits("/post")).toHaveLength(1);
  });

  it("retries a POST carrying an Idempotence-Key, resending the same body", async () => {
    s.script("/pay", { status: 500, body: {} }, { status: 502, body: {} }, { status: 200, body: { id: "p1" } });
    const res = await client()(`${s.base}/pay`, {
      method: "POST",
      body: JSON.stringify({ amount: 5 }),
      headers: { "Idempotence-Key": "k-1" },
    });
    expect(await res.json()).toEqual({ id: "p1" });
    const hits = s.hits("/pay");
    expect(hits).toHaveLength(3);
    expect(hits.map((h) => h.body)).toEqual([{ amount: 5 }, { amount: 5 }, { amount: 5 }]);
  });

  it("retries a read-only POST marked x-retry-safe and does not send the marker", async () => {
    s.script("/list", { status: 500, body: {} }, { status: 200, body: { items: [] } });
    await client()(`${s.base}/list`, { method: "POST", body: "{}", headers: { "x-retry-safe": "1" } });
    const hits = s.hits("/list");
    expect(hits).toHaveLength(2);
    expect(hits[0].headers["x-retry-safe"]).toBeUndefined();
  });

  it("gives up after maxAttempts", async () => {
    s.script("/down", { status: 500, body: {} });
    const error = await integrationFailure(client({ maxAttempts: 3 })(`${s.base}/down`));
    expect(error).toMatchObject({ code: "vendor_unavailable", status: 500 });
    expect(s.hits("/down")).toHaveLength(3);
  });

  it("does not retry 401 and reports auth_failed at once", async () => {
    s.script("/auth", { status: 401, body: { title: "unauthorized" } });
    const error = await integrationFailure(client()(`${s.base}/auth`));
    expect(error).toMatchObject({ code: "auth_failed", status: 401 });
    expect(s.hits("/auth")).toHaveLength(1);
  });

  it("stops when the vendor asks for a longer wait than allowed and says when to come back", async () => {
    s.script("/long-wait", { status: 429, headers: { "retry-after": "120" }, body: {} });
    const clock = startVirtualClock();
    const started = Date.now();
    const error = await integrationFailure(clock.run(client({ maxRetryWaitMs: 5_000, fetch: clock.transport })(`${s.base}/long-wait`)));
    expect(error.code).toBe("rate_limited");
    expect(error.retryAt!.getTime() - started).toBeGreaterThanOrEqual(119_000);
    expect(s.hits("/long-wait")).toHaveLength(1);
  });
});

describe("createVendorFetch failures", () => {
  it("times out a silent vendor on every attempt", async () => {
    const started = performance.now();
    const error = await integrationFailure(
      client({ timeoutMs: 200, maxAttempts: 2 })(`${s.base}/silent`, { headers: { "x-sandbox-fault": "timeout" } }),
    );
    expect(error.code).toBe("timeout");
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    expect(s.hits("/silent")).toHaveLength(0); // the fault answered before the handler
  });

  it("maps a refused connection to vendor_unavailable", async () => {
    const error = await integrationFailure(client({ maxAttempts: 2 })("http://127.0.0.1:9/nothing-listens"));
    expect(error.code).toBe("vendor_unavailable");
  });

  it("opens the circuit after consecutive failures and lets a trial call through later", async () => {
    s.script(
      "/flaky",
      { status: 500, body: {} },
      { status: 500, body: {} },
      { status: 500, body: {} },
      { status: 200, body: { back: true } },
    );
    const clock = startVirtualClock();
    const call = client({ maxAttempts: 1, circuit: { threshold: 3, halfOpenAfterMs: 400 }, fetch: clock.transport });
    for (let i = 0; i < 3; i++) expect((await integrationFailure(clock.run(call(`${s.base}/flaky`)))).code).toBe("vendor_unavailable");
    const open = await integrationFailure(clock.run(call(`${s.base}/flaky`)));
    expect(open.code).toBe("circuit_open");
    expect(open.retryAt!.getTime()).toBeGreaterThan(Date.now());
    expect(s.hits("/flaky")).toHaveLength(3);
    // The breaker reads Date.now(): moving the virtual clock past half-open lets the trial call through.
    await vi.advanceTimersByTimeAsync(450);
    expect(await (await clock.run(call(`${s.base}/flaky`))).json()).toEqual({ back: true });
  });

  it("maps client errors to codes, keeps the vendor's reason and leaves the query out of the operation", async () => {
    s.script("/bad", { status: 400, body: { title: "dateFrom is required" } });
    s.script("/gone", { status: 404, body: {} });
    s.script("/scope", { status: 403, body: {} });
    const call = client({ baseUrl: s.base });
    const bad = await integrationFailure(call(`${s.base}/bad?api_id=SECRET123`));
    expect(bad).toMatchObject({ code: "bad_request", status: 400, operation: "GET /bad" });
    expect(bad.message).toContain("dateFrom is required");
    expect(bad.message).not.toContain("SECRET123");
    expect((await integrationFailure(call(`${s.base}/gone`))).code).toBe("not_found");
    expect((await integrationFailure(call(`${s.base}/scope`))).code).toBe("forbidden_scope");
  });

  it("serves openapi-fetch as its fetch, Request objects included", async () => {
    const api = createClient<ItemsPaths>({ baseUrl: s.base, fetch: client({ baseUrl: s.base }) });
    s.script("/items", { status: 503, body: {} }, { status: 200, body: { items: [1, 2] } });
    const { data, response } = await api.GET("/items", { params: { query: { limit: 2 } } });
    expect(response.status).toBe(200);
    expect(data).toEqual({ items: [1, 2] });
    expect(s.hits("/items")).toHaveLength(2);
    expect(s.hits("/items")[0].query.get("limit")).toBe("2");
  });
});
