import { retryAfterSecondsHeader } from "@/devtools/sandbox/core/account-book";
import type { SandboxAccount, SandboxContext, SandboxHandler, SandboxVendor } from "@/devtools/sandbox/core/types";
import { smsSummary, type SmsInbox } from "@/devtools/sandbox/sms-inbox";

/**
 * An SMS gateway as a sandbox vendor: its routes under `/<id>`, the variable that points the app
 * at it, its accounts (demo, created, revoked) and a summary of what each account sent.
 */
export function smsGatewayVendor<A extends { balance: number }>(options: {
  id: string;
  baseUrlEnv: string;
  inbox: SmsInbox;
  route: SandboxHandler;
  accounts: Pick<SandboxVendor, "demoAccounts" | "revoke"> & {
    all(ctx: SandboxContext): A[];
    create(ctx: SandboxContext, options: Record<string, unknown>): SandboxAccount;
  };
  keyOf: (account: A) => string;
  messages: { values(): Iterable<{ account: string }> };
}): SandboxVendor & { inbox: SmsInbox } {
  const { id, inbox, accounts } = options;
  return {
    id,
    inbox,
    mounts: [{ prefix: `/${id}`, handler: options.route }],
    baseUrlEnv: { [options.baseUrlEnv]: `/${id}` },
    rateLimitHeaders: retryAfterSecondsHeader,
    summary: (ctx) => smsSummary(accounts.all(ctx), options.keyOf, options.messages.values()),
    demoAccounts: accounts.demoAccounts,
    createAccount: (ctx, createOptions) => accounts.create(ctx, createOptions),
    revoke: accounts.revoke,
  };
}
