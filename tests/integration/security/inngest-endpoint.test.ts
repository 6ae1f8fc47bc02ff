import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalBody, signRequest } from "@/devtools/executor/request-signature";
import { startInngestHarness } from "../sync/inngest-harness";

/**
 * Issue 12, attack 4: /api/inngest served unsigned calls. A forged PUT with another Host re-pointed
 * the executor at an attacker's URL, and a forged POST ran a sync step for another organisation.
 * The real route, the real SDK and the local executor, which signs as Inngest does.
 */
let h: Awaited<ReturnType<typeof startInngestHarness>>;
beforeAll(async () => {
  h = await startInngestHarness({ scale: 300 });
});
afterAll(() => h?.close());

/** What the executor would send to run the first step of a sync for `data`. */
function runRequestBody(data: Record<string, unknown>) {
  const event = { name: "sync.requested", data, id: crypto.randomUUID(), ts: Date.now() };
  return {
    event,
    events: [event],
    steps: {},
    ctx: { run_id: crypto.randomUUID(), attempt: 0, stack: { stack: [], current: 0 }, disable_immediate_execution: false },
    version: 1,
    use_api: false,
  };
}

const syncStepUrl = () => `${h.appUrl}?fnId=seller-dashboard-sync-resource&stepId=step`;

describe("/api/inngest", () => {
  it("refuses a forged POST that would run a sync for another organisation, and starts nothing", async () => {
    const victim = await h.connect("ozon");
    const body = canonicalBody(
      runRequestBody({ organizationId: victim.organizationId, connectionId: victim.connectionId, resource: "products", trigger: "manual" }),
    );
    const unsigned = await fetch(syncStepUrl(), { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(unsigned.status).toBe(401);
    const wrongKey = await fetch(syncStepUrl(), {
      method: "POST",
      headers: { "content-type": "application/json", "x-inngest-signature": signRequest(body, `signkey-test-${"ab".repeat(32)}`) },
      body,
    });
    expect(wrongKey.status).toBe(401);
    const tampered = await fetch(syncStepUrl(), {
      method: "POST",
      headers: { "content-type": "application/json", "x-inngest-signature": signRequest(canonicalBody({ other: 1 }), h.signingKey) },
      body,
    });
    expect(tampered.status).toBe(401);
    expect(await h.db.syncRun.count({ where: { connectionId: victim.connectionId } })).toBe(0);
  });

  it("refuses a forged PUT with another Host, so the executor keeps calling the app", async () => {
    const forged = await fetch(h.appUrl, { method: "PUT", headers: { host: "attacker.example:8443" } });
    expect(forged.status).toBe(401);
    // Even a correctly signed sync registers APP_URL, never the Host a request names.
    const signed = await fetch(h.appUrl, {
      method: "PUT",
      headers: { host: "attacker.example:8443", "x-inngest-signature": signRequest("", h.signingKey) },
    });
    expect(signed.status).toBe(200);

    const conn = await h.connect("ozon");
    const [run] = await h.runToEnd("sync.requested", {
      organizationId: conn.organizationId,
      connectionId: conn.connectionId,
      resource: "products",
      trigger: "manual",
    });
    expect(run.status).toBe("Completed");
    expect(await h.db.syncRun.count({ where: { connectionId: conn.connectionId, status: "succeeded" } })).toBe(1);
  });

  it("answers an unsigned GET without the function list, keys or mode", async () => {
    const res = await fetch(h.appUrl);
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ message: "Unauthorized" });
    expect([...res.headers.keys()].filter((name) => name.startsWith("x-inngest-") && name !== "x-inngest-sdk-handled")).toEqual([]);
  });

  it("introspects for a signed GET", async () => {
    const res = await fetch(h.appUrl, { headers: { "x-inngest-signature": signRequest("", h.signingKey) } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      authentication_succeeded: true,
      mode: "cloud",
      function_count: h.executor.functionIds().length,
    });
  });
});
