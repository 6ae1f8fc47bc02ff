import type { SandboxAccount, SandboxVendor } from "@/devtools/sandbox/core/types";

/** A tiny vendor for exercising the sandbox core: echo, a rate-limited route, accounts. */
export function createFakeVendor(): SandboxVendor & { revoked: Set<string> } {
  const revoked = new Set<string>();
  const created: SandboxAccount[] = [];
  const demo: SandboxAccount = { accountKey: "demo-1", credentials: { token: "demo-token" } };
  return {
    id: "fake",
    revoked,
    baseUrlEnv: { FAKE_API_URL: "/fake" },
    mounts: [
      {
        prefix: "/fake",
        handler: (req, ctx) => {
          if (req.path === "/boom") throw new Error("handler exploded");
          if (req.path === "/limited") {
            const decision = ctx.rateLimit(`${req.headers["x-account"] ?? "anon"}:limited`, { limit: 2, intervalMs: 1000 });
            if (!decision.ok)
              return { status: 429, headers: { "x-fake-retry-ms": String(decision.retryAfterMs) }, body: { error: "slow down" } };
          }
          if (req.path === "/secure" && revoked.has(req.headers.authorization ?? "")) return { status: 401, body: { error: "revoked" } };
          return {
            status: 200,
            body: { mount: "fake", path: req.path, method: req.method, q: req.query.get("q"), body: req.body, items: [1, 2, 3] },
          };
        },
      },
      { prefix: "/fake/special/", handler: (req) => ({ status: 200, body: { mount: "special", path: req.path } }) },
    ],
    rateLimitHeaders: (retryAfterMs) => ({ "x-fake-ratelimit-retry": String(Math.ceil(retryAfterMs / 1000)) }),
    summary: (ctx) => ({ "demo-1": { items: ctx.scale } }),
    demoAccounts: () => [demo],
    createAccount: (ctx, options) => {
      const account = {
        accountKey: `acct-${created.length + 1}`,
        credentials: { token: `tok-${String(options.scope ?? "all")}-${ctx.seed}` },
      };
      created.push(account);
      return account;
    },
    revoke: (accountKey) => revoked.add(accountKey),
  };
}
