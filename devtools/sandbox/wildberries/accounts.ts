import { z } from "zod";
import { WB_TOKEN_CATEGORIES, type WbTokenCategory } from "@/lib/integrations/wildberries/token-categories";
import type { SandboxAccount, SandboxContext } from "@/devtools/sandbox/core/types";
import { uuidFrom } from "@/devtools/sandbox/wildberries/data/hash";
import { createWorld, type AccountWorld } from "@/devtools/sandbox/wildberries/data/world";
import { issueToken, tokenIdFor } from "@/devtools/sandbox/wildberries/tokens";

/**
 * Sandbox sellers. Demo tokens are fixed per seed (issued 2026-01-01, valid ten years) so a
 * seeded connection keeps working across sandbox restarts. Created sellers may carry a
 * smaller scale, chosen categories, an expiry, and a rate-limit time factor for tests.
 */
export interface SandboxSeller {
  sellerId: string;
  /** Orders over the 90-day history; undefined = the sandbox's default scale. */
  scale?: number;
  /** Multiplies every rate-limit interval (tests: 0.01 turns a minute into 600 ms). */
  rateLimitScale: number;
}

const ALL_CATEGORIES = (Object.keys(WB_TOKEN_CATEGORIES) as WbTokenCategory[]).filter((c) => c !== "recommendations");
const DEMO_ISSUED_AT = new Date("2026-01-01T00:00:00Z");
const DEMO_EXPIRES_AT = new Date("2036-01-01T00:00:00Z");

export const createAccountOptionsSchema = z.object({
  scopes: z.array(z.enum(Object.keys(WB_TOKEN_CATEGORIES) as [WbTokenCategory, ...WbTokenCategory[]])).optional(),
  expiresAt: z.union([z.iso.datetime({ offset: true }), z.number()]).optional(),
  scale: z.number().int().min(1).max(1_000_000).optional(),
  readOnly: z.boolean().optional(),
  test: z.boolean().optional(),
  rateLimitScale: z.number().positive().max(1).optional(),
});
export type CreateAccountOptions = z.infer<typeof createAccountOptionsSchema>;

export class WildberriesSandboxAccounts {
  private readonly sellers = new Map<string, SandboxSeller>();
  private readonly revoked = new Set<string>();
  private readonly worlds = new WeakMap<SandboxContext, Map<string, AccountWorld>>();
  private created = 0;

  demoSellerId(ctx: SandboxContext): string {
    return uuidFrom(`${ctx.seed}:demo-seller`);
  }

  demoAccounts(ctx: SandboxContext): SandboxAccount[] {
    const sellerId = this.demoSellerId(ctx);
    if (!this.sellers.has(sellerId)) this.sellers.set(sellerId, { sellerId, rateLimitScale: 1 });
    const token = issueToken({
      seed: ctx.seed,
      sellerId,
      tokenId: tokenIdFor(ctx.seed, sellerId, 0),
      categories: ALL_CATEGORIES,
      issuedAt: DEMO_ISSUED_AT,
      expiresAt: DEMO_EXPIRES_AT,
    });
    return [{ accountKey: sellerId, credentials: { token } }];
  }

  create(ctx: SandboxContext, raw: Record<string, unknown>): SandboxAccount {
    const { vendor: _vendor, ...rest } = raw;
    const options = createAccountOptionsSchema.parse(rest);
    this.created += 1;
    const sellerId = uuidFrom(`${ctx.seed}:seller:${this.created}`);
    this.sellers.set(sellerId, { sellerId, scale: options.scale, rateLimitScale: options.rateLimitScale ?? 1 });
    const issuedAt = ctx.now();
    const expiresAt = options.expiresAt !== undefined ? new Date(options.expiresAt) : new Date(issuedAt.getTime() + 180 * 86_400_000);
    const token = issueToken({
      seed: ctx.seed,
      sellerId,
      tokenId: tokenIdFor(ctx.seed, sellerId, this.created),
      categories: options.scopes ?? ALL_CATEGORIES,
      issuedAt,
      expiresAt,
      readOnly: options.readOnly,
      test: options.test,
    });
    return { accountKey: sellerId, credentials: { token } };
  }

  revoke(sellerId: string): void {
    this.revoked.add(sellerId);
  }

  isRevoked(sellerId: string): boolean {
    return this.revoked.has(sellerId);
  }

  /** A seller the sandbox signed a token for; one created by an earlier process gets defaults. */
  seller(sellerId: string): SandboxSeller {
    return this.sellers.get(sellerId) ?? { sellerId, rateLimitScale: 1 };
  }

  knownSellers(ctx: SandboxContext): string[] {
    this.demoAccounts(ctx);
    return [...this.sellers.keys()].filter((id) => !this.revoked.has(id));
  }

  world(ctx: SandboxContext, sellerId: string): AccountWorld {
    let perCtx = this.worlds.get(ctx);
    if (!perCtx) {
      perCtx = new Map();
      this.worlds.set(ctx, perCtx);
    }
    let world = perCtx.get(sellerId);
    if (!world) {
      world = createWorld(ctx, sellerId, this.seller(sellerId).scale ?? ctx.scale);
      perCtx.set(sellerId, world);
    }
    return world;
  }
}
