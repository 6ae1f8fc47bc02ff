import { startSandbox, type RunningSandbox } from "@/devtools/sandbox/core/server";
import type { SandboxRequest, SandboxResponse, SandboxVendor } from "@/devtools/sandbox/core/types";

export interface ScriptedSandbox {
  sandbox: RunningSandbox;
  base: string;
  /** Answers for `path`, one per request; the last one repeats. */
  script(path: string, ...answers: SandboxResponse[]): void;
  hits(path: string): SandboxRequest[];
  close(): Promise<void>;
}

/**
 * A sandbox vendor whose answers each test scripts. `/limited` enforces 10 req/s (burst 3)
 * per `x-account`, in WB's 429 header style; `/ok` always answers 200.
 */
export async function startScriptedSandbox(): Promise<ScriptedSandbox> {
  const scripts = new Map<string, SandboxResponse[]>();
  const seen = new Map<string, SandboxRequest[]>();
  const vendor: SandboxVendor = {
    id: "scripted",
    mounts: [
      {
        prefix: "/v",
        handler: (req, ctx) => {
          seen.set(req.path, [...(seen.get(req.path) ?? []), req]);
          if (req.path === "/limited") {
            const decision = ctx.rateLimit(`${req.headers["x-account"]}`, { limit: 10, intervalMs: 1000, burst: 3 });
            if (!decision.ok)
              return { status: 429, headers: vendor.rateLimitHeaders(decision.retryAfterMs), body: { title: "too many requests" } };
            if (req.query.get("fail") === "1") {
              ctx.chargeRateLimit(`${req.headers["x-account"]}`, { limit: 10, intervalMs: 1000, burst: 3 }, 4);
              return { status: 400, body: { title: "bad" } };
            }
            return { status: 200, body: { ok: true } };
          }
          const queue = scripts.get(req.path);
          if (!queue || queue.length === 0) return { status: 200, body: { ok: true, path: req.path } };
          return queue.length > 1 ? queue.shift()! : queue[0];
        },
      },
    ],
    rateLimitHeaders: (ms) => ({ "x-ratelimit-retry": String(Math.ceil(ms / 1000)), "x-ratelimit-limit": "10" }),
    summary: () => ({}),
    demoAccounts: () => [],
  };
  const sandbox = await startSandbox({ vendors: [vendor], seed: 3 });
  return {
    sandbox,
    base: `${sandbox.url}/v`,
    script: (path, ...answers) => scripts.set(path, answers),
    hits: (path) => seen.get(path) ?? [],
    close: () => sandbox.close(),
  };
}
