import type { SandboxAccount, SandboxContext } from "@/devtools/sandbox/core/types";

/** One SMS Aero cabinet in the sandbox: HTTP Basic email + API key, and a balance in roubles. */
export interface SmsAeroSandboxAccount {
  email: string;
  apiKey: string;
  balance: number;
  revoked: boolean;
}

const KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export function sandboxApiKey(rng: () => number, length = 32): string {
  return Array.from({ length }, () => KEY_ALPHABET[Math.floor(rng() * KEY_ALPHABET.length)]).join("");
}

export const SMSAERO_DEMO_EMAIL = "demo@seller-dashboard.test";

export function createSmsAeroAccounts() {
  const accounts = new Map<string, SmsAeroSandboxAccount>();
  let created = 0;

  const ensureDemo = (ctx: SandboxContext) => {
    if (!accounts.has(SMSAERO_DEMO_EMAIL)) {
      const apiKey = sandboxApiKey(ctx.rng("smsaero", "demo-key"));
      accounts.set(SMSAERO_DEMO_EMAIL, { email: SMSAERO_DEMO_EMAIL, apiKey, balance: 1000, revoked: false });
    }
  };
  const toSandboxAccount = (a: SmsAeroSandboxAccount): SandboxAccount => ({
    accountKey: a.email,
    credentials: { email: a.email, apiKey: a.apiKey },
  });

  return {
    all(ctx: SandboxContext): SmsAeroSandboxAccount[] {
      ensureDemo(ctx);
      return [...accounts.values()];
    },
    demo(ctx: SandboxContext): SandboxAccount[] {
      ensureDemo(ctx);
      return [toSandboxAccount(accounts.get(SMSAERO_DEMO_EMAIL)!)];
    },
    create(ctx: SandboxContext, options: Record<string, unknown>): SandboxAccount {
      created += 1;
      const email = typeof options.email === "string" ? options.email : `seller-${created}@seller-dashboard.test`;
      const balance = typeof options.balance === "number" ? options.balance : 1000;
      const account = { email, apiKey: sandboxApiKey(ctx.rng("smsaero", "key", email, created)), balance, revoked: false };
      accounts.set(email, account);
      return toSandboxAccount(account);
    },
    revoke(email: string) {
      const account = accounts.get(email);
      if (account) account.revoked = true;
    },
    /** The account the Basic credentials name, when they are right and not revoked. */
    authenticate(ctx: SandboxContext, authorization: string | undefined): SmsAeroSandboxAccount | undefined {
      ensureDemo(ctx);
      const match = /^Basic\s+(.+)$/i.exec(authorization ?? "");
      if (!match) return undefined;
      const decoded = Buffer.from(match[1], "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      const account = accounts.get(decoded.slice(0, colon));
      return account && !account.revoked && account.apiKey === decoded.slice(colon + 1) ? account : undefined;
    },
  };
}
