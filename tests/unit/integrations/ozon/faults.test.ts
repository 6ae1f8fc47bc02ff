import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetCircuits } from "@/lib/integrations/core";
import { createOzonClient } from "@/lib/integrations/ozon/client";
import { listFbsPostings } from "@/lib/integrations/ozon/operations/postings";
import { listProducts } from "@/lib/integrations/ozon/operations/products";
import { collect, DAY_MS, SANDBOX_START, startOzonSandbox, type OzonSandbox } from "./harness";
import { integrationFailure } from "@/tests/support/integration-failure";

/**
 * Every fault kind of the sandbox, as the client meets it over real HTTP. Faults are forced with
 * the sandbox's `x-sandbox-fault` header, added by the transport below the client to the first
 * N attempts (or to all), so the retry policy is what decides how many attempts reach the server.
 */
let oz: OzonSandbox;
beforeAll(async () => {
  oz = await startOzonSandbox({ faultTimeoutMs: 5_000 });
});
afterAll(() => oz.sandbox.close());
beforeEach(() => resetCircuits());

function faultyClient(fault: string, times = Infinity, options: { timeoutMs?: number; maxAttempts?: number } = {}) {
  let sent = 0;
  const transport: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    if (sent++ < times) request.headers.set("x-sandbox-fault", fault);
    return fetch(request);
  };
  const client = createOzonClient(oz.credentials, { baseUrl: oz.baseUrl, fetch: transport, rateLimits: [], ...options });
  return { client, attempts: () => sent };
}

const firstProducts = async (client: ReturnType<typeof createOzonClient>) =>
  (await listProducts(client, { limit: 5 }).next()).value?.items ?? [];

describe("Ozon client under sandbox faults", () => {
  it("retries a 429 after the Retry-After the sandbox sends, then succeeds", async () => {
    const { client, attempts } = faultyClient("429", 1);
    const started = performance.now();
    expect(await firstProducts(client)).toHaveLength(5);
    expect(attempts()).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("retries 500 and 503 answers, then succeeds", async () => {
    for (const status of ["500", "503"]) {
      const { client, attempts } = faultyClient(status, 2);
      expect(await firstProducts(client)).toHaveLength(5);
      expect(attempts()).toBe(3);
    }
  });

  it("gives up on a persistent 502 as vendor_unavailable after the attempt budget", async () => {
    const { client, attempts } = faultyClient("502", Infinity, { maxAttempts: 3 });
    const error = await integrationFailure(firstProducts(client));
    expect(error.code).toBe("vendor_unavailable");
    expect(attempts()).toBe(3);
  });

  it("retries a request that timed out, and reports timeout when every attempt does", async () => {
    const once = faultyClient("timeout", 1, { timeoutMs: 300 });
    expect(await firstProducts(once.client)).toHaveLength(5);
    expect(once.attempts()).toBe(2);

    const always = faultyClient("timeout", Infinity, { timeoutMs: 200, maxAttempts: 2 });
    const error = await integrationFailure(firstProducts(always.client));
    expect(error.code).toBe("timeout");
    expect(always.attempts()).toBe(2);
  });

  it("reports a truncated body as contract_violation", async () => {
    const { client } = faultyClient("truncate");
    expect((await integrationFailure(firstProducts(client))).code).toBe("contract_violation");
  });

  it("reports a non-JSON body and a wrongly shaped body as contract_violation naming the field", async () => {
    expect((await integrationFailure(firstProducts(faultyClient("malformed-json").client))).code).toBe("contract_violation");
    const shape = await integrationFailure(firstProducts(faultyClient("malformed-shape").client));
    expect(shape.code).toBe("contract_violation");
    expect(shape.field).toBe("result");

    const postings = faultyClient("malformed-shape").client;
    const pages = listFbsPostings(postings, { since: new Date(SANDBOX_START.getTime() - 5 * DAY_MS), to: SANDBOX_START });
    const error = await integrationFailure(collect(pages));
    expect(error).toMatchObject({ code: "contract_violation", field: "postings" });
  });

  it("maps a revoked key to auth_failed with one request and no retries", async () => {
    const account = await oz.createAccount(100);
    const before = oz.stats()[401] ?? 0;
    const client = createOzonClient(account, { baseUrl: oz.baseUrl });
    expect(await firstProducts(client)).toHaveLength(5);
    await oz.revoke(account.clientId);
    for (let i = 0; i < 3; i++) expect((await integrationFailure(firstProducts(client))).code).toBe("auth_failed");
    expect((oz.stats()[401] ?? 0) - before).toBe(3);
  });

  it("maps a wrong API key to auth_failed", async () => {
    const client = createOzonClient({ ...oz.credentials, apiKey: "00000000-0000-4000-a000-000000000000" }, { baseUrl: oz.baseUrl });
    const error = await integrationFailure(firstProducts(client));
    expect(error).toMatchObject({ code: "auth_failed", status: 401 });
  });
});
