import type { SandboxAccount, SandboxContext } from "@/devtools/sandbox/core/types";
import { hash32, seedOf } from "@/devtools/sandbox/ozon/hash";

const DAY_MS = 86_400_000;
/** Postings at the sandbox start cover this window; more keep arriving at the same pace as the clock moves. */
export const HISTORY_MS = 90 * DAY_MS;
export const MAX_POSTINGS_SCALE = 1_000_000;
export const MAX_PRODUCTS = 100_000;

export interface OzonAccount {
  clientId: string;
  apiKey: string;
  /** Per-account hash seed: every generated row derives from it. */
  seed: number;
  /** Postings in the 90 days before `anchorMs`. */
  scale: number;
  products: number;
  /** The sandbox start (account creation): history ends here, later postings follow the clock. */
  anchorMs: number;
  /** Ozon API keys carry an expiry; `/v1/roles` reports it. */
  expiresAtMs: number;
  revoked: boolean;
}

/** A UUID-shaped key (Ozon Api-Keys look like `1d3f…-…`), derived from the seed so demos are stable. */
function apiKeyFor(seed: number, clientId: string): string {
  const hex = [0, 1, 2, 3]
    .map((k) =>
      hash32(seedOf(seed, clientId, "api-key"), k)
        .toString(16)
        .padStart(8, "0"),
    )
    .join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Seller accounts of one sandbox instance: the deterministic demo ones and any created later. */
export class OzonAccounts {
  private readonly byClientId = new Map<string, OzonAccount>();
  private nextNumber = 0;

  constructor(private readonly demoCount = 1) {}

  demo(ctx: SandboxContext): OzonAccount[] {
    this.ensureDemo(ctx);
    return [...this.byClientId.values()].slice(0, this.demoCount);
  }

  all(ctx: SandboxContext): OzonAccount[] {
    this.ensureDemo(ctx);
    return [...this.byClientId.values()];
  }

  find(ctx: SandboxContext, clientId: string): OzonAccount | undefined {
    this.ensureDemo(ctx);
    return this.byClientId.get(clientId);
  }

  create(ctx: SandboxContext, options: { scale?: unknown }): OzonAccount {
    this.ensureDemo(ctx);
    return this.add(ctx, options);
  }

  private ensureDemo(ctx: SandboxContext): void {
    if (this.nextNumber > 0) return;
    for (let i = 0; i < this.demoCount; i++) this.add(ctx, {});
  }

  private add(ctx: SandboxContext, options: { scale?: unknown }): OzonAccount {
    const clientId = String(100_001 + this.nextNumber++);
    const requested = Number(options.scale ?? ctx.scale);
    const scale = Math.min(MAX_POSTINGS_SCALE, Math.max(1, Number.isFinite(requested) ? Math.floor(requested) : ctx.scale));
    // Whole minutes keep generated timestamps tidy and identical across runs with a fixed start.
    const anchorMs = Math.floor(ctx.now().getTime() / 60_000) * 60_000;
    const account: OzonAccount = {
      clientId,
      apiKey: apiKeyFor(ctx.seed, clientId),
      seed: seedOf(ctx.seed, "ozon", clientId),
      scale,
      products: Math.min(MAX_PRODUCTS, Math.max(10, Math.ceil(scale / 10))),
      anchorMs,
      expiresAtMs: anchorMs + 180 * DAY_MS,
      revoked: false,
    };
    this.byClientId.set(clientId, account);
    return account;
  }

  revoke(clientId: string): void {
    const account = this.byClientId.get(clientId);
    if (account) account.revoked = true;
  }
}

export function toSandboxAccount(account: OzonAccount): SandboxAccount {
  return { accountKey: account.clientId, credentials: { clientId: account.clientId, apiKey: account.apiKey } };
}
