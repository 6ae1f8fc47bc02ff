import { formatMoscowDateTime } from "@/lib/integrations/wildberries/moscow-time";
import { unit } from "@/devtools/sandbox/wildberries/data/hash";
import { cancelTimeMs, orderBase, orderCountAt, orderTimeMs, round2 } from "@/devtools/sandbox/wildberries/data/orders";
import { DAY_MS, type AccountWorld } from "@/devtools/sandbox/wildberries/data/world";

/**
 * Sales and returns derived from orders: about 75% of never-cancelled orders are bought out
 * 1–7 days after the order, and 8% of those come back 1–10 days later as a return row
 * (`R…` saleID, negative amounts), as the statistics API reports them.
 */
const SALE_SHARE = 0.75;
const RETURN_SHARE = 0.08;
export const MAX_SALE_DELAY_MS = 17 * DAY_MS;
export const SALE = 0;
export const RETURN = 1;

export function saleTimeMs(world: AccountWorld, i: number): number | undefined {
  if (cancelTimeMs(world, i) !== undefined || unit(world.salt, i, 20) >= SALE_SHARE) return undefined;
  return orderTimeMs(world, i) + DAY_MS + Math.floor((unit(world.salt, i, 21) * 6 * DAY_MS) / 1000) * 1000;
}

export function returnTimeMs(world: AccountWorld, i: number, saleAt: number): number | undefined {
  if (unit(world.salt, i, 22) >= RETURN_SHARE) return undefined;
  return saleAt + DAY_MS + Math.floor((unit(world.salt, i, 23) * 9 * DAY_MS) / 1000) * 1000;
}

/** Calls `push` for each sale/return row of order #i that exists at `nowMs`. */
export function saleEvents(world: AccountWorld, i: number, nowMs: number, push: (atMs: number, kind: number) => void): void {
  const saleAt = saleTimeMs(world, i);
  if (saleAt === undefined || saleAt > nowMs) return;
  push(saleAt, SALE);
  const returnAt = returnTimeMs(world, i, saleAt);
  if (returnAt !== undefined && returnAt <= nowMs) push(returnAt, RETURN);
}

export function saleRow(world: AccountWorld, i: number, kind: number, atMs: number) {
  const at = formatMoscowDateTime(atMs);
  const row = orderBase(world, i, at, at) as ReturnType<typeof orderBase> & { paymentSaleAmount: number; forPay: number; saleID: string };
  // Returns carry the same amounts with a minus sign.
  const sign = kind === RETURN ? -1 : 1;
  row.totalPrice *= sign;
  row.finishedPrice *= sign;
  row.priceWithDisc *= sign;
  row.paymentSaleAmount = 0;
  row.forPay = sign * round2(Math.abs(row.priceWithDisc) * 0.75);
  row.saleID = `${kind === RETURN ? "R" : "S"}${String(1_000_000_000 + (world.salt % 4_000_000_000) + i).slice(-10)}`;
  return row;
}

const CHUNK = 65_536;
const fullChunkCounts = new WeakMap<AccountWorld, number[]>();

/**
 * Sale + return rows that exist at `nowMs`. Chunks of orders old enough that all their rows
 * have happened are counted once and cached, so the summary stays cheap at 1M orders.
 */
export function saleCountAt(world: AccountWorld, nowMs: number): number {
  const orders = orderCountAt(world, nowMs);
  const settledBefore = orderCountAt(world, nowMs - MAX_SALE_DELAY_MS);
  const cache = fullChunkCounts.get(world) ?? [];
  fullChunkCounts.set(world, cache);
  let total = 0;
  let i = 0;
  for (let chunk = 0; (chunk + 1) * CHUNK <= settledBefore; chunk++) {
    cache[chunk] ??= countRange(world, chunk * CHUNK, (chunk + 1) * CHUNK, Number.POSITIVE_INFINITY);
    total += cache[chunk];
    i = (chunk + 1) * CHUNK;
  }
  return total + countRange(world, i, orders, nowMs);
}

function countRange(world: AccountWorld, from: number, to: number, nowMs: number): number {
  let n = 0;
  const bump = () => {
    n++;
  };
  for (let i = from; i < to; i++) saleEvents(world, i, nowMs, bump);
  return n;
}
