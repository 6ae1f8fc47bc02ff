import type { OzonAccount } from "@/devtools/sandbox/ozon/accounts";
import { unit } from "@/devtools/sandbox/ozon/hash";
import { postingTimeMs } from "@/devtools/sandbox/ozon/timeline";

const HOUR = 3_600_000;
const enum Salt {
  Fate = 11,
  Pack,
  Ship,
  Deliver,
  Cancel,
}

/** Every posting has reached its final status this long after it was created. */
export const MAX_LIFECYCLE_MS = 8 * 24 * HOUR;

export type PostingStatus = "awaiting_packaging" | "awaiting_deliver" | "delivering" | "delivered" | "cancelled";

export interface PostingMoments {
  createdMs: number;
  packedMs: number;
  shippedMs: number;
  deliveredMs: number;
  /** Set for the ~8% of postings that end up cancelled (before shipping). */
  cancelledMs?: number;
}

export function postingMoments(account: OzonAccount, index: number): PostingMoments {
  const createdMs = postingTimeMs(account, index);
  const u = (salt: Salt) => unit(account.seed, index, salt);
  const packedMs = createdMs + HOUR + Math.floor(u(Salt.Pack) * 23 * HOUR);
  const shippedMs = packedMs + 12 * HOUR + Math.floor(u(Salt.Ship) * 24 * HOUR);
  const deliveredMs = shippedMs + 48 * HOUR + Math.floor(u(Salt.Deliver) * 96 * HOUR);
  const cancelled = u(Salt.Fate) < 0.08;
  const cancelledMs = cancelled ? createdMs + 30 * 60_000 + Math.floor(u(Salt.Cancel) * 36 * HOUR) : undefined;
  return { createdMs, packedMs, shippedMs, deliveredMs, cancelledMs };
}

/** The status Ozon would report at `nowMs`: it moves on as the sandbox clock advances. */
export function statusAt(m: PostingMoments, nowMs: number): PostingStatus {
  if (m.cancelledMs !== undefined && nowMs >= m.cancelledMs && m.cancelledMs < m.shippedMs) return "cancelled";
  if (nowMs >= m.deliveredMs) return "delivered";
  if (nowMs >= m.shippedMs) return "delivering";
  if (nowMs >= m.packedMs) return "awaiting_deliver";
  return "awaiting_packaging";
}

const SUBSTATUS: Record<PostingStatus, string> = {
  awaiting_packaging: "posting_created",
  awaiting_deliver: "posting_transferring_to_delivery",
  delivering: "posting_on_way_to_city",
  delivered: "posting_delivered",
  cancelled: "posting_canceled",
};
export const substatusOf = (status: PostingStatus) => SUBSTATUS[status];

export function postingStatus(account: OzonAccount, index: number, nowMs: number): PostingStatus {
  return statusAt(postingMoments(account, index), nowMs);
}
