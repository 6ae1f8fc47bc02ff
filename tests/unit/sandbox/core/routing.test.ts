import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startSandbox, type RunningSandbox } from "@/devtools/sandbox/core/server";
import { sandboxBaseUrls } from "@/devtools/sandbox";
import { createFakeVendor } from "./fake-vendor";

afterEach(() => {
  vi.useRealTimers();
});

describe("sandbox routing and control routes", () => {
  let sandbox: RunningSandbox;
  const vendor = createFakeVendor();

  beforeAll(async () => {
    sandbox = await startSandbox({ vendors: [vendor], seed: 7, scale: 50, clock: "manual", startAt: new Date("2025-01-01T00:00:00Z") });
  });
  afterAll(() => sandbox.close());

  it("listens on loopback and routes by the longest mount prefix", async () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const special = await fetch(`${sandbox.url}/fake/special/x`).then((r) => r.json());
    expect(special).toEqual({ mount: "special", path: "/x" });
    const plain = await fetch(`${sandbox.url}/fake/other/y?q=hello`, { method: "POST", body: JSON.stringify({ a: 1 }) });
    expect(plain.status).toBe(200);
    expect(await plain.json()).toMatchObject({ mount: "fake", path: "/other/y", method: "POST", q: "hello", body: { a: 1 } });
    expect(await fetch(`${sandbox.url}/fake`).then((r) => r.json())).toMatchObject({ path: "/" });
  });

  it("answers unknown routes and handler crashes with JSON errors", async () => {
    const missing = await fetch(`${sandbox.url}/fakery/x`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toHaveProperty("error");
    const control = await fetch(`${sandbox.url}/__sandbox/nothing`);
    expect(control.status).toBe(404);
    const boom = await fetch(`${sandbox.url}/fake/boom`);
    expect(boom.status).toBe(500);
    expect(boom.headers.get("content-type")).toContain("application/json");
    expect(await boom.json()).toEqual({ error: "sandbox handler failed" });
  });

  it("reports health and per-vendor summaries with the sandbox time", async () => {
    expect(await fetch(`${sandbox.url}/__sandbox/health`).then((r) => r.json())).toMatchObject({ ok: true, vendors: ["fake"] });
    const summary = await fetch(`${sandbox.url}/__sandbox/summary`).then((r) => r.json());
    expect(summary).toEqual({ vendors: { fake: { "demo-1": { items: 50 } } }, now: "2025-01-01T00:00:00.000Z" });
  });

  it("lists demo accounts, creates accounts and revokes them", async () => {
    const accounts = await fetch(`${sandbox.url}/__sandbox/accounts`).then((r) => r.json());
    expect(accounts.vendors.fake).toEqual([{ accountKey: "demo-1", credentials: { token: "demo-token" } }]);

    const created = await fetch(`${sandbox.url}/__sandbox/accounts`, {
      method: "POST",
      body: JSON.stringify({ vendor: "fake", scope: "content" }),
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ accountKey: "acct-1", credentials: { token: "tok-content-7" } });

    const unknown = await fetch(`${sandbox.url}/__sandbox/accounts`, { method: "POST", body: JSON.stringify({ vendor: "nope" }) });
    expect(unknown.status).toBe(404);
    const invalid = await fetch(`${sandbox.url}/__sandbox/accounts`, { method: "POST", body: "{}" });
    expect(invalid.status).toBe(400);

    const revoke = await fetch(`${sandbox.url}/__sandbox/revoke`, {
      method: "POST",
      body: JSON.stringify({ vendor: "fake", accountKey: "tok-x" }),
    });
    expect(revoke.status).toBe(200);
    const denied = await fetch(`${sandbox.url}/fake/secure`, { headers: { authorization: "tok-x" } });
    expect(denied.status).toBe(401);
  });

  it("advances the manual clock only when asked", async () => {
    const before = sandbox.ctx.now().getTime();
    // Wall time moves on (a faked Date, so the step is exact); the manual clock must not follow it.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 30_000);
    expect(sandbox.ctx.now().getTime()).toBe(before);
    const moved = await fetch(`${sandbox.url}/__sandbox/clock`, { method: "POST", body: JSON.stringify({ advanceMs: 86_400_000 }) });
    expect(await moved.json()).toEqual({ now: new Date(before + 86_400_000).toISOString() });
    sandbox.advanceClock(1000);
    expect(sandbox.ctx.now().getTime()).toBe(before + 86_401_000);
    const bad = await fetch(`${sandbox.url}/__sandbox/clock`, { method: "POST", body: JSON.stringify({ advanceMs: -5 }) });
    expect(bad.status).toBe(400);
  });

  it("builds base-URL env lines from the vendors' declarations", () => {
    expect(sandboxBaseUrls(sandbox.url, [vendor])).toEqual({ FAKE_API_URL: `${sandbox.url}/fake` });
  });
});

describe("sandbox real clock", () => {
  it("follows wall time from startAt", async () => {
    // Wall time is a faked Date that moves only when told to, so the 50 ms step below is exact.
    vi.useFakeTimers({ toFake: ["Date"] });
    const sandbox = await startSandbox({ vendors: [], clock: "real", startAt: new Date("2024-06-01T00:00:00Z") });
    try {
      const first = sandbox.ctx.now().getTime();
      expect(Math.abs(first - Date.parse("2024-06-01T00:00:00Z"))).toBeLessThan(1000);
      vi.setSystemTime(Date.now() + 50);
      expect(sandbox.ctx.now().getTime()).toBeGreaterThanOrEqual(first + 40);
    } finally {
      await sandbox.close();
    }
  });
});
