import type { SandboxVendor } from "@/devtools/sandbox/core/types";
import { OzonAccounts, toSandboxAccount } from "@/devtools/sandbox/ozon/accounts";
import { createOzonHandler, rateLimitHeaders } from "@/devtools/sandbox/ozon/router";
import { accountSummary } from "@/devtools/sandbox/ozon/summary";

export const OZON_SANDBOX_PREFIX = "/ozon";

/**
 * The fake Ozon Seller API, mounted at `/ozon` (so `OZON_API_URL=http://127.0.0.1:4010/ozon`).
 * Each call makes an independent instance: accounts and revocations live in it, data is derived
 * on demand from the sandbox seed, so two sandboxes with the same seed serve the same rows.
 */
export function createOzonSandbox(options: { demoAccounts?: number } = {}): SandboxVendor {
  const accounts = new OzonAccounts(options.demoAccounts ?? 1);
  return {
    id: "ozon",
    mounts: [{ prefix: OZON_SANDBOX_PREFIX, handler: createOzonHandler(accounts) }],
    baseUrlEnv: { OZON_API_URL: OZON_SANDBOX_PREFIX },
    rateLimitHeaders,
    summary: (ctx) => {
      const nowMs = ctx.now().getTime();
      return Object.fromEntries(accounts.all(ctx).map((a) => [a.clientId, accountSummary(a, nowMs)]));
    },
    demoAccounts: (ctx) => accounts.demo(ctx).map(toSandboxAccount),
    createAccount: (ctx, opts) => toSandboxAccount(accounts.create(ctx, { scale: opts.scale })),
    revoke: (accountKey) => accounts.revoke(accountKey),
  };
}
