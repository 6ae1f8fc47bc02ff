/** setTimeout with bookkeeping, so closing the executor cancels every pending sleep, retry and delay. */
export class Timers {
  private readonly pending = new Set<NodeJS.Timeout>();
  private closed = false;

  after(delayMs: number, task: () => void): void {
    if (this.closed) return;
    // Node caps timers at 2^31-1 ms (~24.8 days); a longer sleep re-arms itself at the cap.
    const MAX = 2_147_483_647;
    const handle = setTimeout(
      () => {
        this.pending.delete(handle);
        if (delayMs > MAX) this.after(delayMs - MAX, task);
        else task();
      },
      Math.max(0, Math.min(delayMs, MAX)),
    );
    this.pending.add(handle);
  }

  close(): void {
    this.closed = true;
    for (const handle of this.pending) clearTimeout(handle);
    this.pending.clear();
  }
}
