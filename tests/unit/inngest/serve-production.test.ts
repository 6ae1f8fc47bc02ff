import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { canonicalBody, signRequest } from "@/devtools/executor/request-signature";

/**
 * Issue 12, attack 4, as `npm run dev -- --prod` ran it: NODE_ENV=production with INNGEST_DEV=1
 * served /api/inngest unsigned. The real route module is loaded with that environment.
 */
const signingKey = `signkey-prod-${"5e".repeat(32)}`;
const appUrl = "https://seller.example.com/api/inngest";

async function loadRoute(extra: Record<string, string | undefined>) {
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("INNGEST_DEV", "1");
  vi.stubEnv("APP_URL", "https://seller.example.com");
  vi.stubEnv("INNGEST_BASE_URL", "http://127.0.0.1:9"); // nothing listens: no call may leave
  vi.stubEnv("INNGEST_EVENT_KEY", "event-key");
  for (const [name, value] of Object.entries(extra)) vi.stubEnv(name, value);
  vi.resetModules(); // lib/env reads the environment once per module graph
  return import("@/app/api/inngest/route");
}
afterEach(() => vi.unstubAllEnvs());

const call = (
  handler: (req: NextRequest, ctx: never) => Promise<Response>,
  init: ConstructorParameters<typeof NextRequest>[1] & { url?: string } = {},
) => handler(new NextRequest(init.url ?? appUrl, init), undefined as never);

describe("/api/inngest in production", () => {
  it("ignores INNGEST_DEV and refuses unsigned PUT, POST and GET", async () => {
    const route = await loadRoute({ INNGEST_SIGNING_KEY: signingKey });
    const put = await call(route.PUT, { method: "PUT", headers: { host: "attacker.example" } });
    expect(put.status).toBe(401);
    const body = canonicalBody({ event: { name: "sync.requested", data: {} }, events: [], steps: {}, ctx: { run_id: "r", attempt: 0 } });
    const post = await call(route.POST, {
      url: `${appUrl}?fnId=seller-dashboard-sync-resource&stepId=step`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(post.status).toBe(401);
    const get = await call(route.GET);
    expect(get.status).toBe(401);
    expect(await get.json()).toEqual({ message: "Unauthorized" });
  });

  it("accepts Inngest's signature (the scheme the local executor signs with)", async () => {
    const route = await loadRoute({ INNGEST_SIGNING_KEY: signingKey });
    const get = await call(route.GET, { headers: { "x-inngest-signature": signRequest("", signingKey) } });
    expect(get.status).toBe(200);
    expect(await get.json()).toMatchObject({ authentication_succeeded: true, mode: "cloud", serve_origin: "https://seller.example.com" });
    const expired = await call(route.GET, { headers: { "x-inngest-signature": signRequest("", signingKey, Date.now() - 10 * 60_000) } });
    expect(expired.status).toBe(401);
  });

  it("serves nothing at all without a signing key", async () => {
    const route = await loadRoute({ INNGEST_SIGNING_KEY: undefined });
    for (const res of [await call(route.GET), await call(route.PUT, { method: "PUT" })]) {
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ code: "internal_server_error" });
    }
  });
});
