import { randomUUID } from "node:crypto";
import { internalEvents, queryKeys } from "inngest";
import type { Logger } from "@/lib/logger";
import { postToApp, type AppResponse } from "./app-request";
import type { ConcurrencyLimiter } from "./concurrency";
import { EventWaits } from "./event-waits";
import { DISCOVERY_STEP_ID, SDK_DECIDES_VERSION, type InngestEvent, type MemoisedStep, type RunRequestBody } from "./protocol";
import type { RegisteredFunction, FunctionRegistry } from "./registry";
import { FINISHED, type RunState, type RunStore } from "./runs";
import { applyOps, type OpContext } from "./step-ops";
import type { StartWindows } from "./start-windows";
import type { Timers } from "./timers";

export interface DriverOptions {
  registry: FunctionRegistry;
  store: RunStore;
  limiter: ConcurrencyLimiter;
  windows: StartWindows;
  timers: Timers;
  logger: Logger;
  /** Retry delay = min(backoffMaxMs, backoffBaseMs * 2^attempt), unless the app sent `retry-after`. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  requestTimeoutMs: number;
  signal: AbortSignal;
  /** Signs every request to the app as Inngest does, for an app that verifies signatures. */
  signingKey?: string;
  /** Publishes internal events (`inngest/function.failed`, `inngest/function.invoked`). */
  emit: (event: Omit<InngestEvent, "id" | "ts">) => string;
}

/** A guard against runs that never make progress (Inngest itself caps a function at 1000 steps). */
const MAX_REQUESTS_PER_RUN = 5000;

/** Drives runs through the SDK's request/response protocol: start, step, retry, finish. */
export class RunDriver implements OpContext {
  private readonly seenIdempotencyKeys = new Map<string, number>();
  readonly waits = new EventWaits((run, stepId, value) => this.resume(run, stepId, value));

  constructor(private readonly o: DriverOptions) {}

  get logger(): Logger {
    return this.o.logger;
  }

  get timers(): Timers {
    return this.o.timers;
  }

  /** Creates a run for `fn` unless rateLimit or idempotency skip it; throttle only delays it. */
  start(fn: RegisteredFunction, event: InngestEvent, parent?: RunState["parent"]): RunState | undefined {
    const scoped = (key: ((e: unknown) => string) | undefined) => `${fn.id}\u0000${key ? key(event) : ""}`;
    if (fn.idempotency && !this.firstWithin24h(scoped(fn.idempotency))) {
      this.o.logger.info({ functionId: fn.id, eventId: event.id }, "executor: run skipped by idempotency key");
      return undefined;
    }
    if (fn.rateLimit && !this.o.windows.tryTake(scoped(fn.rateLimit.key), fn.rateLimit.limit, fn.rateLimit.periodMs)) {
      this.o.logger.info({ functionId: fn.id, eventId: event.id }, "executor: run skipped by rateLimit");
      return undefined;
    }
    const run: RunState = {
      id: randomUUID(),
      functionId: fn.id,
      event,
      events: [event],
      status: "Queued",
      createdAt: Date.now(),
      steps: {},
      stack: [],
      version: SDK_DECIDES_VERSION,
      pending: new Set(),
      requestCount: 0,
      claims: fn.concurrency.map((rule) => ({ queue: `${rule.queue}\u0000${rule.key ? rule.key(event) : ""}`, limit: rule.limit })),
      maxAttempts: fn.maxAttempts,
      parent,
    };
    this.o.store.add(run);
    const delayMs = fn.throttle ? this.o.windows.reserve(scoped(fn.throttle.key), fn.throttle.limit, fn.throttle.periodMs) : 0;
    this.o.logger.debug({ runId: run.id, functionId: fn.id, delayMs }, "executor: run queued");
    this.schedule(run, DISCOVERY_STEP_ID, 0, delayMs);
    return run;
  }

  /** Stores a step's outcome in the run's memo and its completion order. */
  memoise(run: RunState, stepId: string, value: MemoisedStep): void {
    run.steps[stepId] = value;
    if (!run.stack.includes(stepId)) run.stack.push(stepId);
    run.pending.delete(stepId);
  }

  /** Called when a sleep, wait or invoke ends: memoise it and rediscover once nothing is in flight. */
  resume(run: RunState, stepId: string, value: MemoisedStep): void {
    if (FINISHED.has(run.status) || !run.pending.has(stepId)) return;
    this.memoise(run, stepId, value);
    if (run.pending.size === 0) this.schedule(run, DISCOVERY_STEP_ID, 0, 0);
  }

  schedule(run: RunState, stepId: string, attempt: number, delayMs: number): void {
    this.o.timers.after(delayMs, () => {
      this.execute(run, stepId, attempt).catch((error: Error) => {
        // A bug or an unparseable op must fail the run, never crash the executor process.
        this.o.logger.error({ err: error, runId: run.id }, "executor: run step crashed");
        this.finish(run, "Failed", { error: { name: error.name, message: error.message } });
      });
    });
  }

  retryDelay(attempt: number, retryAfterMs?: number): number {
    return retryAfterMs ?? Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** attempt);
  }

  finish(run: RunState, status: "Completed" | "Failed" | "Cancelled", result: { output?: unknown; error?: unknown }): void {
    if (FINISHED.has(run.status)) return;
    this.o.store.finish(run, status, result);
    this.o.logger.info({ runId: run.id, functionId: run.functionId, status }, `executor: run ${status.toLowerCase()}`);
    if (run.parent) {
      const parent = this.o.store.get(run.parent.runId);
      if (parent)
        this.resume(
          parent,
          run.parent.stepId,
          status === "Completed"
            ? { data: result.output ?? null }
            : { error: result.error ?? { name: "Error", message: `Invoked run ${status.toLowerCase()}` } },
        );
    }
    // A failure handler failing must not trigger failure handlers in turn.
    if (status === "Failed" && run.event.name !== internalEvents.FunctionFailed) {
      this.o.emit({
        name: internalEvents.FunctionFailed,
        data: { function_id: run.functionId, run_id: run.id, error: result.error, event: run.event },
      });
    }
  }

  /** Invokes another function as a step of `run` (`step.invoke`). */
  invoke(run: RunState, stepId: string, functionId: string, data: Record<string, unknown>): boolean {
    const fn = this.o.registry.get(functionId);
    if (!fn) return false;
    const event: InngestEvent = { id: randomUUID(), name: internalEvents.FunctionInvoked, data, ts: Date.now() };
    return this.start(fn, event, { runId: run.id, stepId }) !== undefined;
  }

  private async execute(run: RunState, stepId: string, attempt: number): Promise<void> {
    if (FINISHED.has(run.status)) return;
    const fn = this.o.registry.get(run.functionId);
    if (!fn) return this.finish(run, "Failed", { error: { name: "Error", message: `Function ${run.functionId} is no longer registered` } });
    const release = await this.o.limiter.acquire(run.claims);
    let response: AppResponse;
    try {
      if (FINISHED.has(run.status) || this.o.signal.aborted) return;
      if (run.status === "Queued") Object.assign(run, { status: "Running", startedAt: Date.now() });
      if (++run.requestCount > MAX_REQUESTS_PER_RUN) {
        return this.finish(run, "Failed", {
          error: {
            name: "Error",
            message: `Run made over ${MAX_REQUESTS_PER_RUN} requests without finishing; are its step ids deterministic?`,
          },
        });
      }
      response = await postToApp(this.stepUrl(fn, stepId), this.requestBody(run, attempt), {
        timeoutMs: this.o.requestTimeoutMs,
        signal: this.o.signal,
        signingKey: this.o.signingKey,
      });
    } finally {
      release();
    }
    if (FINISHED.has(run.status) || this.o.signal.aborted) return;
    if (response.version !== undefined && run.version === SDK_DECIDES_VERSION) run.version = response.version;
    if (response.kind === "completed") return this.finish(run, "Completed", { output: response.output });
    if (response.kind === "ops") return applyOps(this, run, stepId, attempt, response);
    if (response.retriable && attempt + 1 < run.maxAttempts) {
      this.o.logger.warn(
        { runId: run.id, functionId: run.functionId, attempt, error: response.error },
        "executor: request failed; retrying",
      );
      return this.schedule(run, stepId, attempt + 1, this.retryDelay(attempt, response.retryAfterMs));
    }
    this.finish(run, "Failed", { error: response.error });
  }

  private stepUrl(fn: RegisteredFunction, stepId: string): string {
    const url = new URL(fn.stepUrl);
    url.searchParams.set(queryKeys.FnId, fn.id);
    url.searchParams.set(queryKeys.StepId, stepId);
    return url.href;
  }

  private requestBody(run: RunState, attempt: number): RunRequestBody {
    return {
      event: run.event,
      events: run.events,
      steps: run.steps,
      version: run.version,
      use_api: false,
      ctx: {
        run_id: run.id,
        attempt,
        max_attempts: run.maxAttempts,
        disable_immediate_execution: false,
        use_api: false,
        stack: { stack: run.stack, current: run.stack.length },
      },
    };
  }

  private firstWithin24h(key: string): boolean {
    const now = Date.now();
    const DAY = 24 * 60 * 60 * 1000;
    for (const [k, at] of this.seenIdempotencyKeys) {
      if (at > now - DAY) break; // insertion order is age order
      this.seenIdempotencyKeys.delete(k);
    }
    if (this.seenIdempotencyKeys.has(key)) return false;
    this.seenIdempotencyKeys.set(key, now);
    return true;
  }
}
