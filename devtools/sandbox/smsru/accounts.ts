import type { SandboxAccount, SandboxContext } from "@/devtools/sandbox/core/types";

/** One SMS.ru cabinet: a single api_id (shaped like SMS.ru's uppercase UUIDs) and a balance. */
export interface SmsRuSandboxAccount {
  accountKey: string;
  apiId: string;
  balance: number;
  revoked: boolean;
  /** Prefix of this account's sms_id values, like SMS.ru's `000000-10000000`. */
  number: number;
}

function sandboxApiId(rng: () => number): string {
  const hex = Array.from({ length: 32 }, () =>
    Math.floor(rng() * 16)
      .toString(16)
      .toUpperCase(),
  ).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const SMSRU_DEMO_ACCOUNT_KEY = "smsru-demo";

export function createSmsRuAccounts() {
  const byKey = new Map<string, SmsRuSandboxAccount>();

  const ensureDemo = (ctx: SandboxContext) => {
    if (byKey.has(SMSRU_DEMO_ACCOUNT_KEY)) return;
    const apiId = sandboxApiId(ctx.rng("smsru", "demo-api-id"));
    byKey.set(SMSRU_DEMO_ACCOUNT_KEY, { accountKey: SMSRU_DEMO_ACCOUNT_KEY, apiId, balance: 1000, revoked: false, number: 1 });
  };
  const toSandboxAccount = (a: SmsRuSandboxAccount): SandboxAccount => ({
    accountKey: a.accountKey,
    credentials: { apiId: a.apiId },
  });

  return {
    all(ctx: SandboxContext) {
      ensureDemo(ctx);
      return [...byKey.values()];
    },
    demo(ctx: SandboxContext): SandboxAccount[] {
      ensureDemo(ctx);
      return [toSandboxAccount(byKey.get(SMSRU_DEMO_ACCOUNT_KEY)!)];
    },
    create(ctx: SandboxContext, options: Record<string, unknown>): SandboxAccount {
      ensureDemo(ctx);
      const number = byKey.size + 1;
      const accountKey = `smsru-${number}`;
      const balance = typeof options.balance === "number" ? options.balance : 1000;
      const account = { accountKey, apiId: sandboxApiId(ctx.rng("smsru", "api-id", number)), balance, revoked: false, number };
      byKey.set(accountKey, account);
      return toSandboxAccount(account);
    },
    revoke(accountKey: string) {
      const account = byKey.get(accountKey);
      if (account) account.revoked = true;
    },
    authenticate(ctx: SandboxContext, apiId: string | undefined): SmsRuSandboxAccount | undefined {
      ensureDemo(ctx);
      return [...byKey.values()].find((a) => a.apiId === apiId && !a.revoked);
    },
  };
}
