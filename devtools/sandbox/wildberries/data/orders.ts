import { formatMoscowDateTime } from "@/lib/integrations/wildberries/moscow-time";
import { product } from "@/devtools/sandbox/wildberries/data/catalog";
import { unit } from "@/devtools/sandbox/wildberries/data/hash";
import { WB_COUNTRY, WB_OFFICES } from "@/devtools/sandbox/wildberries/data/reference";
import { DAY_MS, type AccountWorld } from "@/devtools/sandbox/wildberries/data/world";

/**
 * Order #i of a seller, computed on demand. Order times increase with i (one jittered slot
 * per order), so "orders up to now" and "orders since t" are index arithmetic. About 6% of
 * orders are cancelled within 24 h; the cancellation moves their `lastChangeDate`, which is
 * why a sync must re-read an overlap window rather than trust its last cursor blindly.
 */
export const CANCEL_SHARE = 0.06;
export const MAX_CANCEL_DELAY_MS = DAY_MS;
const NOT_CANCELLED = "0001-01-01T00:00:00";

export function orderTimeMs(world: AccountWorld, i: number): number {
  const exact = world.originMs + (i + unit(world.salt, i, 1)) * world.orderStepMs;
  // Rounded up to whole seconds (WB's precision): exactly `scale` orders fall before the start.
  return Math.ceil(exact / 1000) * 1000;
}

/** The smallest order index whose time is at or after `tMs`. */
export function firstOrderAtOrAfter(world: AccountWorld, tMs: number): number {
  if (tMs <= world.originMs) return 0;
  let i = Math.max(0, Math.floor((tMs - world.originMs) / world.orderStepMs) - 2);
  while (i > 0 && orderTimeMs(world, i) >= tMs) i--;
  while (orderTimeMs(world, i) < tMs) i++;
  return i;
}

/** Orders placed up to and including `nowMs`. */
export function orderCountAt(world: AccountWorld, nowMs: number): number {
  return firstOrderAtOrAfter(world, nowMs + 1);
}

/** When order #i gets cancelled, or undefined if it never is. */
export function cancelTimeMs(world: AccountWorld, i: number): number | undefined {
  if (unit(world.salt, i, 2) >= CANCEL_SHARE) return undefined;
  const delay = 600_000 + unit(world.salt, i, 3) * (MAX_CANCEL_DELAY_MS - 600_000);
  return orderTimeMs(world, i) + Math.floor(delay / 1000) * 1000;
}

export function orderLastChangeMs(world: AccountWorld, i: number, nowMs: number): number {
  const cancelAt = cancelTimeMs(world, i);
  return cancelAt !== undefined && cancelAt <= nowMs ? cancelAt : orderTimeMs(world, i);
}

export function productIndexOfOrder(world: AccountWorld, i: number): number {
  return Math.floor(unit(world.salt, i, 4) * world.productCount);
}

export function srid(world: AccountWorld, i: number): string {
  return `${(i % 9) + 1}.r${world.salt.toString(16).padStart(8, "0")}${i.toString(36).padStart(6, "0")}.0.0`;
}

/**
 * Fields shared by an order row and the sale/return rows derived from it. Callers add their
 * own fields by assignment rather than spreading: pages of 80 000 rows are built per request.
 */
export function orderBase(world: AccountWorld, i: number, date: string, lastChangeDate: string) {
  const s = world.salt;
  const p = product(world, productIndexOfOrder(world, i));
  const office = WB_OFFICES[Math.floor(unit(s, i, 5) * WB_OFFICES.length)];
  const spp = Math.floor(unit(s, i, 6) * 30);
  const priceWithDisc = round2(p.price * (1 - p.discountPercent / 100));
  return {
    date,
    lastChangeDate,
    warehouseName: office.name,
    warehouseType: "Склад WB" as const,
    countryName: WB_COUNTRY,
    oblastOkrugName: office.oblastOkrug,
    regionName: office.regionName,
    supplierArticle: p.vendorCode,
    nmId: p.nmID,
    barcode: p.barcode,
    category: p.category,
    subject: p.subjectName,
    brand: p.brand,
    techSize: p.techSize,
    incomeID: 50_000_000 + (s % 1_000_000) + (i % 997),
    isSupply: false,
    isRealization: true,
    totalPrice: p.price,
    discountPercent: p.discountPercent,
    spp,
    finishedPrice: round2(priceWithDisc * (1 - spp / 100)),
    priceWithDisc,
    sticker: String(900_000_000 + ((s + i * 7919) % 99_999_999)),
    gNumber: `${s % 100_000}${String(Math.floor(i / 2)).padStart(15, "0")}`,
    srid: srid(world, i),
  };
}

/** Order #i as GET /api/v1/supplier/orders shows it at `nowMs`. */
export function orderRow(world: AccountWorld, i: number, nowMs: number) {
  const createdAt = orderTimeMs(world, i);
  const cancelAt = cancelTimeMs(world, i);
  const cancelled = cancelAt !== undefined && cancelAt <= nowMs;
  const date = formatMoscowDateTime(createdAt);
  const cancelDate = cancelled ? formatMoscowDateTime(cancelAt) : NOT_CANCELLED;
  const row = orderBase(world, i, date, cancelled ? cancelDate : date) as ReturnType<typeof orderBase> & {
    isCancel: boolean;
    cancelDate: string;
  };
  row.isCancel = cancelled;
  row.cancelDate = cancelDate;
  return row;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
