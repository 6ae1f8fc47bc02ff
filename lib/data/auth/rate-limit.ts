import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";

/**
 * Sliding-window limits shared by every app instance through the RateLimitHit table.
 * A hit is inserted first and the window counted after, so concurrent requests can only
 * over-refuse, never over-admit; a refused request removes its own hit so it does not
 * lengthen the wait.
 */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export type RateLimitOutcome = { ok: true; hitId: bigint } | { ok: false; retryAfterSeconds: number };

/** Keys hold a hash, not the raw phone or IP, so the table holds no personal data. */
export function rateLimitKey(scope: string, subject: string): string {
  return `${scope}:${createHash("sha256").update(subject).digest("hex").slice(0, 32)}`;
}

export async function consumeRateLimit(options: { db: Db; key: string; rule: RateLimitRule; now?: Date }): Promise<RateLimitOutcome> {
  const { db } = options;
  const now = options.now ?? new Date();
  const windowStart = new Date(now.getTime() - options.rule.windowMs);
  const hit = await db.rateLimitHit.create({ data: { key: options.key, createdAt: now }, select: { id: true } });
  // No upper bound on purpose: a racing request stamped a millisecond later may have committed
  // first, and it must be counted, or two requests could each see the other as "in the future".
  const inWindow = await db.rateLimitHit.findMany({
    where: { key: options.key, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "asc" },
    select: { id: true, createdAt: true },
    take: options.rule.limit + 1,
  });
  if (inWindow.length <= options.rule.limit) {
    // Old hits only matter inside the window; dropping them keeps the table small.
    await db.rateLimitHit.deleteMany({ where: { key: options.key, createdAt: { lte: windowStart } } });
    return { ok: true, hitId: hit.id };
  }
  await db.rateLimitHit.delete({ where: { id: hit.id } });
  const oldest = inWindow[0].createdAt.getTime();
  const retryAfterMs = Math.max(1_000, oldest + options.rule.windowMs - now.getTime());
  return { ok: false, retryAfterSeconds: Math.ceil(retryAfterMs / 1_000) };
}

/** Gives a hit back, e.g. when the SMS it paid for was never sent. */
export async function releaseRateLimitHit(options: { db: Db; hitId: bigint }): Promise<void> {
  await options.db.rateLimitHit.deleteMany({ where: { id: options.hitId } });
}

/** Hits of a key inside the window ending now: how much of a limit is used (e.g. for the admins' pages). */
export async function countRateLimitHits(options: { db: Db; key: string; windowMs: number; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  return options.db.rateLimitHit.count({ where: { key: options.key, createdAt: { gt: new Date(now.getTime() - options.windowMs) } } });
}
