/**
 * Per-key windows of run starts, for the two run-start controls Inngest offers:
 * - throttle: at most `limit` starts per `period`; excess runs are delayed, in order, not dropped;
 * - rateLimit: at most `limit` starts per `period`; excess events are skipped.
 */
export class StartWindows {
  private readonly starts = new Map<string, number[]>();

  /** Throttle: reserves the earliest start slot for `key` and returns how long to wait for it. */
  reserve(key: string, limit: number, periodMs: number, now = Date.now()): number {
    const times = this.recent(key, periodMs, now, limit);
    const startAt = times.length < limit ? now : Math.max(now, times[times.length - limit]! + periodMs);
    times.push(startAt);
    this.starts.set(key, times);
    return startAt - now;
  }

  /** Rate limit: records a start and returns true when `key` has room in the current period. */
  tryTake(key: string, limit: number, periodMs: number, now = Date.now()): boolean {
    const times = this.recent(key, periodMs, now, 0).filter((t) => t > now - periodMs);
    if (times.length >= limit) return false;
    times.push(now);
    this.starts.set(key, times);
    return true;
  }

  /** Drops starts older than the period, keeping at least the last `keep` (future reservations count). */
  private recent(key: string, periodMs: number, now: number, keep: number): number[] {
    const times = this.starts.get(key) ?? [];
    let drop = 0;
    while (drop < times.length - keep && times[drop]! <= now - periodMs) drop++;
    return drop ? times.slice(drop) : times;
  }
}
