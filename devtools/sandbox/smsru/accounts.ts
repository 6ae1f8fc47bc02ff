import { createAccountBook } from "@/devtools/sandbox/core/account-book";
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
  const book = createAccountBook<SmsRuSandboxAccount>({
    demoKey: SMSRU_DEMO_ACCOUNT_KEY,
    createDemo: (ctx) => ({
      accountKey: SMSRU_DEMO_ACCOUNT_KEY,
      apiId: sandboxApiId(ctx.rng("smsru", "demo-api-id")),
      balance: 1000,
      revoked: false,
      number: 1,
    }),
    keyOf: (a) => a.accountKey,
    toSandboxAccount: (a) => ({ accountKey: a.accountKey, credentials: { apiId: a.apiId } }),
  });

  return {
    all: book.all,
    ...book.hooks,
    create(ctx: SandboxContext, options: Record<string, unknown>): SandboxAccount {
      const number = book.size(ctx) + 1;
      const balance = typeof options.balance === "number" ? options.balance : 1000;
      const apiId = sandboxApiId(ctx.rng("smsru", "api-id", number));
      return book.add({ accountKey: `smsru-${number}`, apiId, balance, revoked: false, number });
    },
    authenticate(ctx: SandboxContext, apiId: string | undefined): SmsRuSandboxAccount | undefined {
      return book.all(ctx).find((a) => a.apiId === apiId && !a.revoked);
    },
  };
}
