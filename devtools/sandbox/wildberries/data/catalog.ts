import { unit } from "@/devtools/sandbox/wildberries/data/hash";
import { WB_BRANDS, WB_OFFICES, WB_SUBJECTS, WB_TECH_SIZES } from "@/devtools/sandbox/wildberries/data/reference";
import type { AccountWorld } from "@/devtools/sandbox/wildberries/data/world";

/**
 * Products by index. Product #j's card was last updated at a time that grows with j, and its
 * nmID grows with j too, so the cards list cursor (updatedAt, nmID) is a binary search.
 * Every product has one size, so a stocks-report row is one (product, warehouse) pair.
 */
export interface Product {
  index: number;
  nmID: number;
  imtID: number;
  chrtID: number;
  vendorCode: string;
  barcode: string;
  brand: string;
  subjectID: number;
  subjectName: string;
  category: string;
  techSize: string;
  wbSize: string;
  title: string;
  /** Price before discounts, roubles. */
  price: number;
  discountPercent: number;
  createdAtMs: number;
  updatedAtMs: number;
}

const NM_SPAN = 400_000;

export function nmBase(world: AccountWorld): number {
  return 100_000_000 + (world.salt % 1000) * NM_SPAN;
}

export function productUpdatedAtMs(world: AccountWorld, j: number): number {
  return Math.floor(world.originMs + (j + unit(world.salt, j, 101)) * world.productStepMs);
}

export function productIndexOfNm(world: AccountWorld, nmID: number): number | undefined {
  const offset = nmID - nmBase(world) - 1;
  if (offset < 0 || offset % 3 !== 0) return undefined;
  const j = offset / 3;
  return j < world.productCount ? j : undefined;
}

const productCache = new WeakMap<AccountWorld, Product[]>();

/** Product #j, memoised per seller: orders reuse the same products many times over. */
export function product(world: AccountWorld, j: number): Product {
  let cache = productCache.get(world);
  if (!cache) {
    cache = new Array<Product>(world.productCount);
    productCache.set(world, cache);
  }
  return (cache[j] ??= buildProduct(world, j));
}

function buildProduct(world: AccountWorld, j: number): Product {
  const s = world.salt;
  const nmID = nmBase(world) + j * 3 + 1;
  const subject = WB_SUBJECTS[Math.floor(unit(s, j, 102) * WB_SUBJECTS.length)];
  const brand = WB_BRANDS[Math.floor(unit(s, j, 103) * WB_BRANDS.length)];
  const size = WB_TECH_SIZES[Math.floor(unit(s, j, 104) * WB_TECH_SIZES.length)];
  const updatedAtMs = productUpdatedAtMs(world, j);
  return {
    index: j,
    nmID,
    imtID: nmID + 200_000_000,
    chrtID: nmID + 400_000_000,
    vendorCode: `art-${(s % 9000) + 1000}-${j}`,
    barcode: `20${String(nmID).padStart(11, "0")}`,
    brand,
    subjectID: subject.id,
    subjectName: subject.name,
    category: subject.category,
    techSize: size.techSize,
    wbSize: size.wbSize,
    title: `${subject.name} ${brand} №${j + 1}`,
    price: 300 + Math.floor(unit(s, j, 105) * 97) * 100,
    discountPercent: Math.floor(unit(s, j, 106) * 11) * 5,
    createdAtMs: updatedAtMs - Math.floor(unit(s, j, 107) * 30 * 86_400_000),
    updatedAtMs,
  };
}

/** Index of the first product whose position (updatedAt, nmID) comes after the cursor. */
export function firstProductAfter(world: AccountWorld, updatedAtMs: number, nmID: number): number {
  let lo = 0;
  let hi = world.productCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = productUpdatedAtMs(world, mid);
    const after = t > updatedAtMs || (t === updatedAtMs && nmBase(world) + mid * 3 + 1 > nmID);
    if (after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The seller's own warehouses (marketplace API), 1–3 per seller, each linked to a WB office. */
export function sellerWarehouses(world: AccountWorld) {
  const count = 1 + Math.floor(unit(world.salt, 0, 110) * 3);
  return Array.from({ length: count }, (_, k) => {
    const office = WB_OFFICES[(world.salt + k) % WB_OFFICES.length];
    return {
      name: `Склад продавца ${k + 1}, ${office.name}`,
      officeId: office.id,
      id: 1_000_000 + (world.salt % 100_000) * 10 + k,
      cargoType: 1 as const,
      deliveryType: 1 as const,
      isDeleting: false,
      isProcessing: false,
    };
  });
}
