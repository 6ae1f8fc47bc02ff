import type { SandboxContext } from "@/devtools/sandbox/core/types";
import { saltOf } from "@/devtools/sandbox/wildberries/data/hash";

/**
 * The fixed frame of one seller's generated data. Orders are spread evenly (with jitter) over
 * the 90 days before the sandbox started and keep arriving at the same rate as the clock
 * moves, so order #i always has the same timestamp and every count is a small computation.
 */
export const DAY_MS = 86_400_000;
export const HISTORY_MS = 90 * DAY_MS;
export const MAX_PRODUCTS = 100_000;

export interface AccountWorld {
  sellerId: string;
  salt: number;
  scale: number;
  /** Order #0's slot starts here: 90 days before the sandbox started. */
  originMs: number;
  /** Average time between orders. */
  orderStepMs: number;
  productCount: number;
  /** Average time between product card updates (cards spread over the same 90 days). */
  productStepMs: number;
}

const anchors = new WeakMap<SandboxContext, number>();

/** When this sandbox started, as the vendor first saw it (whole seconds, from the sandbox clock). */
export function sandboxStartMs(ctx: SandboxContext): number {
  let anchor = anchors.get(ctx);
  if (anchor === undefined) {
    anchor = Math.floor(ctx.now().getTime() / 1000) * 1000;
    anchors.set(ctx, anchor);
  }
  return anchor;
}

export function createWorld(ctx: SandboxContext, sellerId: string, scale: number): AccountWorld {
  const safeScale = Math.max(1, Math.min(1_000_000, Math.floor(scale)));
  const productCount = Math.max(1, Math.min(MAX_PRODUCTS, Math.floor(safeScale / 10)));
  const originMs = sandboxStartMs(ctx) - HISTORY_MS;
  return {
    sellerId,
    salt: saltOf(`${ctx.seed}:${sellerId}`),
    scale: safeScale,
    originMs,
    orderStepMs: HISTORY_MS / safeScale,
    productCount,
    productStepMs: HISTORY_MS / productCount,
  };
}
