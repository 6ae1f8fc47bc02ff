/**
 * Inngest concurrency: a limit counts *requests executing* (steps, or code between steps), not
 * runs in progress; a sleeping or waiting run holds no slot. Each request claims one slot in every
 * queue it belongs to (a function may declare up to two limits). Waiters are granted in arrival
 * order, so an older request is never overtaken by a newer one on the same queue.
 */
export interface SlotClaim {
  /** Queue name plus evaluated key, e.g. `fn:app-sync\u0000conn-1`. */
  queue: string;
  limit: number;
}

interface Waiter {
  claims: SlotClaim[];
  grant: (release: () => void) => void;
}

export class ConcurrencyLimiter {
  private readonly inUse = new Map<string, number>();
  private readonly waiting: Waiter[] = [];

  /** Resolves with a release function once every claimed queue has a free slot. */
  acquire(claims: SlotClaim[]): Promise<() => void> {
    return new Promise((grant) => {
      this.waiting.push({ claims, grant });
      this.pump();
    });
  }

  /** Requests currently waiting for a slot. */
  get waitingCount(): number {
    return this.waiting.length;
  }

  private pump(): void {
    for (let i = 0; i < this.waiting.length;) {
      const waiter = this.waiting[i]!;
      if (!waiter.claims.every((c) => (this.inUse.get(c.queue) ?? 0) < c.limit)) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      for (const c of waiter.claims) this.inUse.set(c.queue, (this.inUse.get(c.queue) ?? 0) + 1);
      let released = false;
      waiter.grant(() => {
        if (released) return;
        released = true;
        for (const c of waiter.claims) {
          const left = (this.inUse.get(c.queue) ?? 1) - 1;
          if (left > 0) this.inUse.set(c.queue, left);
          else this.inUse.delete(c.queue);
        }
        this.pump();
      });
    }
  }
}
