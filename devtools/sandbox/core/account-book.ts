import type { SandboxAccount, SandboxContext, SandboxVendor } from "@/devtools/sandbox/core/types";

/**
 * The accounts of a small sandbox vendor (SMS providers, YooKassa): a lazily created demo account
 * (so its key comes from the sandbox seed, known only once a context exists), created accounts,
 * revocation and the control-route hooks. Each vendor keeps its own key shapes and auth scheme.
 */
export interface AccountBook<A extends { revoked: boolean }> {
  /** Every account, the demo one included. */
  all(ctx: SandboxContext): A[];
  /** The account stored under `key`, revoked or not. */
  get(ctx: SandboxContext, key: string): A | undefined;
  /** How many accounts exist, the demo one included once created. */
  size(ctx: SandboxContext): number;
  add(account: A): SandboxAccount;
  ensureDemo(ctx: SandboxContext): void;
  /** `demoAccounts` and `revoke` for the vendor's control routes. */
  hooks: Pick<SandboxVendor, "demoAccounts" | "revoke">;
}

export function createAccountBook<A extends { revoked: boolean }>(spec: {
  demoKey: string;
  createDemo(ctx: SandboxContext): A;
  keyOf(account: A): string;
  toSandboxAccount(account: A): SandboxAccount;
}): AccountBook<A> {
  const byKey = new Map<string, A>();
  const ensureDemo = (ctx: SandboxContext) => {
    if (!byKey.has(spec.demoKey)) byKey.set(spec.demoKey, spec.createDemo(ctx));
  };
  return {
    all(ctx) {
      ensureDemo(ctx);
      return [...byKey.values()];
    },
    get(ctx, key) {
      ensureDemo(ctx);
      return byKey.get(key);
    },
    size(ctx) {
      ensureDemo(ctx);
      return byKey.size;
    },
    add(account) {
      byKey.set(spec.keyOf(account), account);
      return spec.toSandboxAccount(account);
    },
    ensureDemo,
    hooks: {
      demoAccounts(ctx) {
        ensureDemo(ctx);
        return [spec.toSandboxAccount(byKey.get(spec.demoKey)!)];
      },
      revoke(key) {
        const account = byKey.get(key);
        if (account) account.revoked = true;
      },
    },
  };
}

/** URL-safe characters, as SMS Aero API keys and YooKassa secret keys use. */
export const KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export function randomKey(rng: () => number, length: number, alphabet = KEY_ALPHABET): string {
  return Array.from({ length }, () => alphabet[Math.floor(rng() * alphabet.length)]).join("");
}

/** The user and password of an HTTP Basic `Authorization` header, if it is one. */
export function basicCredentials(authorization: string | undefined): { user: string; password: string } | undefined {
  const match = /^Basic\s+(.+)$/i.exec(authorization ?? "");
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** `Retry-After` in whole seconds (at least 1), as the SMS providers send it with a 429. */
export const retryAfterSecondsHeader = (retryAfterMs: number) => ({ "Retry-After": String(Math.max(1, Math.ceil(retryAfterMs / 1000))) });
