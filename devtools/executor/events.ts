import { randomUUID } from "node:crypto";
import type { Logger } from "@/lib/logger";
import { incomingEventSchema, type InngestEvent } from "./protocol";
import type { FunctionRegistry } from "./registry";
import type { RunDriver } from "./run-driver";
import type { RunStore } from "./runs";

const DEDUPE_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Event intake: `POST /e/:key`, cron ticks and internal events all come through here. Each event
 * cancels matching runs (`cancelOn`), resolves matching `waitForEvent`s, then starts one run per
 * triggered function. A caller-supplied `id` deduplicates for 24 h, as in Inngest.
 */
export class EventIntake {
  private readonly seenIds = new Map<string, { eventId: string; at: number }>();

  constructor(
    private readonly registry: FunctionRegistry,
    private readonly driver: RunDriver,
    private readonly store: RunStore,
    private readonly logger: Logger,
  ) {}

  /** Validates and ingests a batch; throws a ZodError on a malformed payload (nothing ingested). */
  ingest(payloads: unknown[]): string[] {
    const parsed = payloads.map((p) => incomingEventSchema.parse(p));
    return parsed.map((p) => {
      const duplicate = p.id ? this.seenBefore(p.id) : undefined;
      if (duplicate) return duplicate;
      const event: InngestEvent = { ...p, id: randomUUID(), name: p.name, data: p.data ?? {}, ts: p.ts ?? Date.now() };
      if (p.id) this.seenIds.set(p.id, { eventId: event.id, at: Date.now() });
      this.dispatch(event);
      return event.id;
    });
  }

  private dispatch(event: InngestEvent): void {
    this.cancelMatchingRuns(event);
    this.driver.waits.deliver(event);
    const fns = this.registry.triggeredBy(event);
    this.logger.debug({ event: event.name, eventId: event.id, functions: fns.map((f) => f.id) }, "executor: event received");
    for (const fn of fns) this.driver.start(fn, event);
  }

  private cancelMatchingRuns(event: InngestEvent): void {
    for (const run of this.store.active()) {
      const fn = this.registry.get(run.functionId);
      const cancels = fn?.cancelOn.some(
        (rule) =>
          rule.event === event.name &&
          (!rule.timeoutMs || Date.now() - run.createdAt <= rule.timeoutMs) &&
          (!rule.condition || rule.condition({ event: run.event, async: event })),
      );
      if (cancels) this.driver.finish(run, "Cancelled", {});
    }
  }

  private seenBefore(userId: string): string | undefined {
    const now = Date.now();
    for (const [id, seen] of this.seenIds) {
      if (seen.at > now - DEDUPE_WINDOW_MS) break;
      this.seenIds.delete(id);
    }
    return this.seenIds.get(userId)?.eventId;
  }
}
