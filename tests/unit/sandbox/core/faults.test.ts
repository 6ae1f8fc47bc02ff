import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FaultSpecError, parseFaultSpec } from "@/devtools/sandbox/core/faults";
import { startSandbox, type RunningSandbox } from "@/devtools/sandbox/core/server";
import type { SandboxVendor } from "@/devtools/sandbox/core/types";
import { createFakeVendor } from "./fake-vendor";

const forced = (fault: string) => ({ headers: { "x-sandbox-fault": fault } });

describe("fault specs", () => {
  it("parses probabilities per fault kind", () => {
    expect(parseFaultSpec("429:0.2,500:0.1,503:0.05,timeout:0.05,truncate:0.05,malformed:0.02")).toHaveLength(6);
    expect(parseFaultSpec("")).toEqual([]);
  });

  it("rejects bad specs with a clear message", () => {
    expect(() => parseFaultSpec("teapot:0.1")).toThrow(/unknown fault "teapot"/);
    expect(() => parseFaultSpec("404:0.1")).toThrow(/use 429 or 500–599/);
    expect(() => parseFaultSpec("500")).toThrow(FaultSpecError);
    expect(() => parseFaultSpec("500:1.5")).toThrow(/between 0 and 1/);
    expect(() => parseFaultSpec("500:0.7,429:0.5")).toThrow(/more than 1/);
  });
});

describe("fault injection", () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ vendors: [createFakeVendor()], seed: 1 });
  });
  afterAll(() => sandbox.close());

  it("forces a 429 with the vendor's own rate-limit headers", async () => {
    const res = await fetch(`${sandbox.url}/fake/x`, forced("429"));
    expect(res.status).toBe(429);
    expect(res.headers.get("x-fake-ratelimit-retry")).toBe("1");
    expect(await res.json()).toHaveProperty("error");
  });

  it("forces 5xx answers with a JSON error body", async () => {
    for (const status of [500, 503]) {
      const res = await fetch(`${sandbox.url}/fake/x`, forced(String(status)));
      expect(res.status).toBe(status);
      expect(await res.json()).toMatchObject({ status });
    }
  });

  it("holds a timeout until the client gives up", async () => {
    const started = performance.now();
    await expect(fetch(`${sandbox.url}/fake/x`, { ...forced("timeout"), signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
  });

  it("truncates the real body to its first half", async () => {
    const full = await fetch(`${sandbox.url}/fake/x`).then((r) => r.text());
    const res = await fetch(`${sandbox.url}/fake/x`, forced("truncate"));
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toBe(full.slice(0, Math.floor(full.length / 2)));
    expect(() => JSON.parse(text)).toThrow();
  });

  it("sends malformed 200s: non-JSON or a wrongly-typed first field", async () => {
    const notJson = await fetch(`${sandbox.url}/fake/x`, forced("malformed-json"));
    expect(notJson.status).toBe(200);
    const notJsonText = await notJson.text();
    expect(() => JSON.parse(notJsonText)).toThrow();
    const shape = await fetch(`${sandbox.url}/fake/x`, forced("malformed-shape")).then((r) => r.json());
    expect(shape).toMatchObject({ mount: 12345, path: "/x" });
  });

  it("rejects an unknown forced fault", async () => {
    const res = await fetch(`${sandbox.url}/fake/x`, forced("gremlins"));
    expect(res.status).toBe(400);
  });

  it("never injects faults on control routes", async () => {
    sandbox.setFaults("500:1");
    try {
      expect((await fetch(`${sandbox.url}/__sandbox/health`)).status).toBe(200);
      expect((await fetch(`${sandbox.url}/fake/x`)).status).toBe(500);
    } finally {
      sandbox.setFaults("");
    }
  });

  it("changes the plan over HTTP and refuses a bad spec", async () => {
    const bad = await fetch(`${sandbox.url}/__sandbox/faults`, { method: "POST", body: JSON.stringify({ spec: "oops:1" }) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/unknown fault/);
    const ok = await fetch(`${sandbox.url}/__sandbox/faults`, { method: "POST", body: JSON.stringify({ spec: "503:1" }) });
    expect(ok.status).toBe(200);
    expect((await fetch(`${sandbox.url}/fake/x`)).status).toBe(503);
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: "POST", body: JSON.stringify({ spec: "" }) });
    expect((await fetch(`${sandbox.url}/fake/x`)).status).toBe(200);
  });
});

describe("faults for one vendor", () => {
  const other: SandboxVendor = {
    ...createFakeVendor(),
    id: "other",
    baseUrlEnv: { OTHER_API_URL: "/other" },
    mounts: [{ prefix: "/other", handler: () => ({ status: 200, body: { mount: "other" } }) }],
  };

  it("fails only the named vendor's requests, and refuses a vendor it does not know", async () => {
    const sandbox = await startSandbox({ vendors: [createFakeVendor(), other], seed: 1 });
    const setFaults = (body: unknown) => fetch(`${sandbox.url}/__sandbox/faults`, { method: "POST", body: JSON.stringify(body) });
    try {
      expect((await setFaults({ spec: "500:1", vendor: "fake" })).status).toBe(200);
      expect((await fetch(`${sandbox.url}/fake/x`)).status).toBe(500);
      expect((await fetch(`${sandbox.url}/other/x`)).status).toBe(200);

      const unknown = await setFaults({ spec: "500:1", vendor: "nobody" });
      expect(unknown.status).toBe(404);
      expect((await unknown.json()).error).toMatch(/unknown vendor "nobody"/);

      expect((await setFaults({ spec: "500:1" })).status).toBe(200);
      expect((await fetch(`${sandbox.url}/other/x`)).status).toBe(500);
    } finally {
      await sandbox.close();
    }
  });
});

describe("seeded fault sequences", () => {
  async function statusSequence(seed: number, n: number): Promise<number[]> {
    const sandbox = await startSandbox({ vendors: [createFakeVendor()], seed, faults: "500:0.3,429:0.2" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < n; i++) statuses.push((await fetch(`${sandbox.url}/fake/x`)).status);
      return statuses;
    } finally {
      await sandbox.close();
    }
  }

  it("repeats exactly for the same seed, at the configured rates", async () => {
    const first = await statusSequence(99, 200);
    expect(await statusSequence(99, 200)).toEqual(first);
    expect(await statusSequence(100, 200)).not.toEqual(first);
    const rate = (status: number) => first.filter((s) => s === status).length / first.length;
    expect(rate(500)).toBeGreaterThan(0.18);
    expect(rate(500)).toBeLessThan(0.42);
    expect(rate(429)).toBeGreaterThan(0.1);
    expect(rate(429)).toBeLessThan(0.3);
  });
});
