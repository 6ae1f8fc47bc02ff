import { basicCredentials, createAccountBook, randomKey } from "@/devtools/sandbox/core/account-book";
import type { SandboxAccount, SandboxContext } from "@/devtools/sandbox/core/types";

/** One SMS Aero cabinet in the sandbox: HTTP Basic email + API key, and a balance in roubles. */
export interface SmsAeroSandboxAccount {
  email: string;
  apiKey: string;
  balance: number;
  revoked: boolean;
}

export const SMSAERO_DEMO_EMAIL = "demo@seller-dashboard.test";

export function createSmsAeroAccounts() {
  const book = createAccountBook<SmsAeroSandboxAccount>({
    demoKey: SMSAERO_DEMO_EMAIL,
    createDemo: (ctx) => ({
      email: SMSAERO_DEMO_EMAIL,
      apiKey: randomKey(ctx.rng("smsaero", "demo-key"), 32),
      balance: 1000,
      revoked: false,
    }),
    keyOf: (a) => a.email,
    toSandboxAccount: (a) => ({ accountKey: a.email, credentials: { email: a.email, apiKey: a.apiKey } }),
  });
  let created = 0;

  return {
    all: book.all,
    ...book.hooks,
    create(ctx: SandboxContext, options: Record<string, unknown>): SandboxAccount {
      created += 1;
      const email = typeof options.email === "string" ? options.email : `seller-${created}@seller-dashboard.test`;
      const balance = typeof options.balance === "number" ? options.balance : 1000;
      return book.add({ email, apiKey: randomKey(ctx.rng("smsaero", "key", email, created), 32), balance, revoked: false });
    },
    /** The account the Basic credentials name, when they are right and not revoked. */
    authenticate(ctx: SandboxContext, authorization: string | undefined): SmsAeroSandboxAccount | undefined {
      const basic = basicCredentials(authorization);
      const account = basic && book.get(ctx, basic.user);
      return account && !account.revoked && account.apiKey === basic.password ? account : undefined;
    },
  };
}
