import { HISTORY_MS, type OzonAccount } from "@/devtools/sandbox/ozon/accounts";
import { unit } from "@/devtools/sandbox/ozon/hash";

/**
 * When each posting of an account happens. Posting `i` sits in slot `i` of width
 * `HISTORY_MS / scale`, jittered inside it, so timestamps strictly increase with the index and
 * "first posting at or after t" is slot arithmetic (O(1)) rather than a search through rows.
 * The stream has no end: as the sandbox clock moves, new slots come into the past.
 */
const JITTER_SALT = 1;

export const slotMs = (account: OzonAccount) => HISTORY_MS / account.scale;
export const historyStartMs = (account: OzonAccount) => account.anchorMs - HISTORY_MS;

export function postingTimeMs(account: OzonAccount, index: number): number {
  const slot = slotMs(account);
  return Math.floor(historyStartMs(account) + index * slot + unit(account.seed, index, JITTER_SALT) * slot * 0.9);
}

/** The smallest index whose time is >= `ms` (0 when `ms` is before the history). */
export function firstIndexAtOrAfter(account: OzonAccount, ms: number): number {
  let index = Math.max(0, Math.floor((ms - historyStartMs(account)) / slotMs(account)) - 1);
  while (postingTimeMs(account, index) < ms) index++;
  while (index > 0 && postingTimeMs(account, index - 1) >= ms) index--;
  return index;
}

/** How many postings exist at `nowMs` (indices 0 … n-1). */
export const postingsUpTo = (account: OzonAccount, nowMs: number) => firstIndexAtOrAfter(account, nowMs + 1);

/** 60% of postings are FBS (seller's warehouse), 40% FBO (Ozon's warehouse). */
export type Scheme = "fbs" | "fbo";
export const schemeOf = (index: number): Scheme => (index % 5 < 3 ? "fbs" : "fbo");
