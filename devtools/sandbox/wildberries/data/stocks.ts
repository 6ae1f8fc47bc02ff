import { product } from "@/devtools/sandbox/wildberries/data/catalog";
import { unit } from "@/devtools/sandbox/wildberries/data/hash";
import { WB_OFFICES } from "@/devtools/sandbox/wildberries/data/reference";
import type { AccountWorld } from "@/devtools/sandbox/wildberries/data/world";

/**
 * The WB-warehouse stocks report: product #j is stocked at 1–4 WB warehouses (fixed per
 * product), one report row per (product, warehouse). Quantities change every 30 minutes of
 * sandbox time, matching "data are updated once every 30 minutes".
 */
const REFRESH_MS = 30 * 60_000;
const MAX_WAREHOUSES_PER_PRODUCT = 4;

export function warehouseCountOf(world: AccountWorld, j: number): number {
  return 1 + Math.floor(unit(world.salt, j, 120) * MAX_WAREHOUSES_PER_PRODUCT);
}

const prefixes = new WeakMap<AccountWorld, Int32Array>();

/** prefix[j] = report rows of products before #j; prefix[productCount] = all rows. */
function rowPrefix(world: AccountWorld): Int32Array {
  let prefix = prefixes.get(world);
  if (!prefix) {
    prefix = new Int32Array(world.productCount + 1);
    for (let j = 0; j < world.productCount; j++) prefix[j + 1] = prefix[j] + warehouseCountOf(world, j);
    prefixes.set(world, prefix);
  }
  return prefix;
}

export function stockRowCount(world: AccountWorld): number {
  return rowPrefix(world)[world.productCount];
}

export function stockRow(world: AccountWorld, j: number, slot: number, nowMs: number) {
  const p = product(world, j);
  const office = WB_OFFICES[(Math.floor(unit(world.salt, j, 121) * WB_OFFICES.length) + slot) % WB_OFFICES.length];
  const period = Math.floor(nowMs / REFRESH_MS);
  const key = j * MAX_WAREHOUSES_PER_PRODUCT + slot;
  return {
    nmId: p.nmID,
    chrtId: p.chrtID,
    warehouseId: office.id,
    warehouseName: office.name,
    regionName: office.region,
    quantity: Math.floor(unit(world.salt ^ period, key, 122) * 150),
    inWayToClient: Math.floor(unit(world.salt ^ period, key, 123) * 12),
    inWayFromClient: Math.floor(unit(world.salt ^ period, key, 124) * 4),
  };
}

/** Report rows [offset, offset + limit) in (product, warehouse) order, optionally for some products only. */
export function stockRows(world: AccountWorld, opts: { offset: number; limit: number; nowMs: number; productIndexes?: number[] }) {
  const rows: Array<ReturnType<typeof stockRow>> = [];
  if (opts.productIndexes) {
    const all = opts.productIndexes.flatMap((j) => Array.from({ length: warehouseCountOf(world, j) }, (_, slot) => [j, slot] as const));
    for (const [j, slot] of all.slice(opts.offset, opts.offset + opts.limit)) rows.push(stockRow(world, j, slot, opts.nowMs));
    return rows;
  }
  const prefix = rowPrefix(world);
  let lo = 0;
  let hi = world.productCount;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (prefix[mid] <= opts.offset) lo = mid;
    else hi = mid - 1;
  }
  let j = lo;
  let slot = opts.offset - prefix[j];
  while (rows.length < opts.limit && j < world.productCount) {
    rows.push(stockRow(world, j, slot, opts.nowMs));
    slot++;
    if (slot >= warehouseCountOf(world, j)) {
      j++;
      slot = 0;
    }
  }
  return rows;
}
