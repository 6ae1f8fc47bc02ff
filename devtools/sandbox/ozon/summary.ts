import type { OzonAccount } from "@/devtools/sandbox/ozon/accounts";
import { MAX_LIFECYCLE_MS, postingStatus } from "@/devtools/sandbox/ozon/lifecycle";
import { lineCount } from "@/devtools/sandbox/ozon/posting-rows";
import { stockLevel, stockTypesOf } from "@/devtools/sandbox/ozon/stock-levels";
import { firstIndexAtOrAfter, postingsUpTo, schemeOf } from "@/devtools/sandbox/ozon/timeline";

/**
 * What a complete sync of one account must end with, as of the sandbox's now:
 * - `products`: every product `/v3/product/list` returns with visibility ALL (archived included);
 * - `stocks`: stock rows of `/v4/product/info/stocks`, one per (product_id, warehouse type) entry;
 * - `orders`: postings, FBS + FBO, created at or before now (one per `posting_number`);
 * - `sales`: those of them whose status is `delivered` now (one per `posting_number`).
 * Extras: `orders_fbs`, `orders_fbo`, `order_lines` (posting_number + sku), `stock_units` (sum of `present`).
 */
interface Memo {
  /** Postings below this index are counted in `lines` and `fbs`. */
  countedUpTo: number;
  lines: number;
  fbs: number;
  /** Postings below this index have final statuses; `finalDelivered` counts the delivered ones. */
  finalUpTo: number;
  finalDelivered: number;
}

const memos = new WeakMap<OzonAccount, Memo>();

export function accountSummary(account: OzonAccount, nowMs: number): Record<string, number> {
  const memo = memos.get(account) ?? { countedUpTo: 0, lines: 0, fbs: 0, finalUpTo: 0, finalDelivered: 0 };
  memos.set(account, memo);
  const total = postingsUpTo(account, nowMs);

  // The clock only moves forward, so each posting is counted once across calls.
  for (; memo.countedUpTo < total; memo.countedUpTo++) {
    memo.lines += lineCount(account, memo.countedUpTo);
    if (schemeOf(memo.countedUpTo) === "fbs") memo.fbs++;
  }
  const finalEnd = Math.min(total, firstIndexAtOrAfter(account, nowMs - MAX_LIFECYCLE_MS));
  for (; memo.finalUpTo < finalEnd; memo.finalUpTo++) {
    if (postingStatus(account, memo.finalUpTo, nowMs) === "delivered") memo.finalDelivered++;
  }
  let delivered = memo.finalDelivered;
  for (let i = memo.finalUpTo; i < total; i++) if (postingStatus(account, i, nowMs) === "delivered") delivered++;

  let stockRows = 0;
  let stockUnits = 0;
  for (let p = 0; p < account.products; p++) {
    for (const type of stockTypesOf(p)) {
      stockRows++;
      stockUnits += stockLevel(account, p, type, nowMs).present;
    }
  }
  return {
    products: account.products,
    stocks: stockRows,
    orders: total,
    sales: delivered,
    orders_fbs: memo.fbs,
    orders_fbo: total - memo.fbs,
    order_lines: memo.lines,
    stock_units: stockUnits,
  };
}
