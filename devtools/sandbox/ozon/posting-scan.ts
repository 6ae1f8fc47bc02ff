import type { OzonAccount } from "@/devtools/sandbox/ozon/accounts";
import { firstIndexAtOrAfter, schemeOf, type Scheme } from "@/devtools/sandbox/ozon/timeline";

/**
 * Walks posting indices of one scheme inside a time range, in either direction, and stops after
 * `limit` matches or `maxScan` examined rows, so a selective status filter cannot make one
 * request walk a million rows: the page then comes back short with `has_next` and a cursor.
 */
export interface ScanRange {
  /** First index in range. */
  lo: number;
  /** One past the last index in range. */
  hi: number;
}

export function rangeFor(account: OzonAccount, sinceMs: number, toMs: number, nowMs: number): ScanRange {
  const lo = firstIndexAtOrAfter(account, sinceMs);
  const hi = Math.max(lo, firstIndexAtOrAfter(account, Math.min(toMs, nowMs) + 1));
  return { lo, hi };
}

export interface ScanResult {
  indices: number[];
  /** Where the next page starts (ASC: next index up; DESC: exclusive upper bound). */
  next: number;
  hasNext: boolean;
}

export function scanPostings(
  range: ScanRange,
  scheme: Scheme,
  direction: "ASC" | "DESC",
  from: number | undefined,
  limit: number,
  matches: (index: number) => boolean,
  maxScan = Math.max(5_000, limit * 50),
): ScanResult {
  const indices: number[] = [];
  let scanned = 0;
  if (direction === "ASC") {
    let i = Math.max(range.lo, from ?? range.lo);
    for (; i < range.hi && indices.length < limit && scanned < maxScan; i++, scanned++) {
      if (schemeOf(i) === scheme && matches(i)) indices.push(i);
    }
    return { indices, next: i, hasNext: hasMoreUp(i, range.hi, scheme, matches) };
  }
  let i = Math.min(range.hi, from ?? range.hi);
  for (; i > range.lo && indices.length < limit && scanned < maxScan; i--, scanned++) {
    if (schemeOf(i - 1) === scheme && matches(i - 1)) indices.push(i - 1);
  }
  return { indices, next: i, hasNext: hasMoreDown(i, range.lo, scheme, matches) };
}

/** Looks a short way ahead for another match; past that, "maybe more" is answered as yes. */
function hasMoreUp(from: number, hi: number, scheme: Scheme, matches: (i: number) => boolean): boolean {
  for (let i = from, n = 0; i < hi; i++, n++) {
    if (n >= 1000) return true;
    if (schemeOf(i) === scheme && matches(i)) return true;
  }
  return false;
}

function hasMoreDown(from: number, lo: number, scheme: Scheme, matches: (i: number) => boolean): boolean {
  for (let i = from, n = 0; i > lo; i--, n++) {
    if (n >= 1000) return true;
    if (schemeOf(i - 1) === scheme && matches(i - 1)) return true;
  }
  return false;
}
