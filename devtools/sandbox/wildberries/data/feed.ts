/**
 * Rows ordered by `lastChangeDate`, generated from an index whose base time only grows.
 * Each index i emits rows at or after its base time and at most `maxDelayMs` later, so a
 * forward scan with a small min-heap yields rows in `lastChangeDate` order without ever
 * materialising the whole set: a row is final once the scan has passed its time.
 */
export interface FeedSource {
  maxDelayMs: number;
  /** Base time of index i; non-decreasing in i. */
  baseTimeMs(i: number): number;
  firstIndexAtOrAfter(tMs: number): number;
  /** Rows of index i that exist at `nowMs`: each with its lastChangeDate and a kind tag. */
  events(i: number, nowMs: number, push: (atMs: number, kind: number) => void): void;
}

export interface FeedRow {
  atMs: number;
  index: number;
  kind: number;
}

/** Up to `limit` rows with lastChangeDate in [fromMs, untilMs), in lastChangeDate order (ties by index). */
export function readFeed(source: FeedSource, opts: { fromMs: number; untilMs?: number; nowMs: number; limit: number }): FeedRow[] {
  const { fromMs, nowMs, limit } = opts;
  const untilMs = Math.min(opts.untilMs ?? Number.POSITIVE_INFINITY, nowMs + 1);
  const out: FeedRow[] = [];
  const heap = new RowHeap();
  let i = source.firstIndexAtOrAfter(fromMs - source.maxDelayMs);
  let current = 0;
  const push = (atMs: number, kind: number) => {
    if (atMs >= fromMs && atMs < untilMs) heap.push({ atMs, index: current, kind });
  };
  while (out.length < limit) {
    const base = source.baseTimeMs(i);
    const scanning = base <= nowMs && base < untilMs;
    const horizon = scanning ? base : Number.POSITIVE_INFINITY;
    while (heap.size > 0 && heap.peek().atMs <= horizon && out.length < limit) out.push(heap.pop());
    if (!scanning) {
      if (heap.size === 0) break;
      continue;
    }
    if (out.length >= limit) break;
    current = i;
    source.events(i, nowMs, push);
    i++;
  }
  return out;
}

class RowHeap {
  private readonly items: FeedRow[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): FeedRow {
    return this.items[0];
  }

  push(row: FeedRow): void {
    const a = this.items;
    a.push(row);
    let k = a.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!less(a[k], a[parent])) break;
      [a[k], a[parent]] = [a[parent], a[k]];
      k = parent;
    }
  }

  pop(): FeedRow {
    const a = this.items;
    const top = a[0];
    const last = a.pop() as FeedRow;
    if (a.length > 0) {
      a[0] = last;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < a.length && less(a[l], a[m])) m = l;
        if (r < a.length && less(a[r], a[m])) m = r;
        if (m === k) break;
        [a[k], a[m]] = [a[m], a[k]];
        k = m;
      }
    }
    return top;
  }
}

function less(x: FeedRow, y: FeedRow): boolean {
  return x.atMs < y.atMs || (x.atMs === y.atMs && (x.index < y.index || (x.index === y.index && x.kind < y.kind)));
}
