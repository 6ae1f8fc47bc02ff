import type { SlotClaim } from "./concurrency";
import type { InngestEvent, MemoisedStep } from "./protocol";

export type RunStatus = "Queued" | "Running" | "Completed" | "Failed" | "Cancelled";
export const FINISHED: ReadonlySet<RunStatus> = new Set(["Completed", "Failed", "Cancelled"]);

/** Public view of a run (what `getRun`, `listRuns` and the REST API return). */
export interface Run {
  id: string;
  functionId: string;
  eventId: string;
  status: RunStatus;
  output?: unknown;
  error?: unknown;
  createdAt: Date;
  startedAt?: Date;
  endedAt?: Date;
  /** Memoised steps so far (hashed step id → `{ data }` / `{ error }`). */
  stepCount: number;
}

/** Internal, mutable run state. */
export interface RunState {
  id: string;
  functionId: string;
  event: InngestEvent;
  events: InngestEvent[];
  status: RunStatus;
  output?: unknown;
  error?: unknown;
  createdAt: number;
  startedAt?: number;
  endedAt?: number;
  steps: Record<string, MemoisedStep>;
  /** Hashed step ids in the order they completed (`ctx.stack.stack`). */
  stack: string[];
  /** Execution version the SDK chose on the first request; sent back on every later one. */
  version: number;
  /** Step ids planned or waiting (parallel steps, sleeps, waits); discovery resumes when empty. */
  pending: Set<string>;
  /** Requests made to the app so far, across all steps and attempts. */
  requestCount: number;
  /** Concurrency slots every request of this run claims (keys evaluated once, at run start). */
  claims: SlotClaim[];
  maxAttempts: number;
  /** Set when another run invoked this one with `step.invoke`. */
  parent?: { runId: string; stepId: string };
}

export interface RunFilter {
  functionId?: string;
  eventId?: string;
  status?: RunStatus;
}

export function toPublicRun(state: RunState): Run {
  const date = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms));
  return {
    id: state.id,
    functionId: state.functionId,
    eventId: state.event.id,
    status: state.status,
    output: state.output,
    error: state.error,
    createdAt: new Date(state.createdAt),
    startedAt: date(state.startedAt),
    endedAt: date(state.endedAt),
    stepCount: Object.keys(state.steps).length,
  };
}

/**
 * Runs in memory. Finished runs are kept for inspection up to `maxFinishedRuns` (oldest dropped
 * first); unfinished runs are always kept. Nothing survives a restart, by design: the app's own
 * syncs persist their cursors, so a new run resumes where the lost one stopped.
 */
export class RunStore {
  private readonly runs = new Map<string, RunState>();
  private readonly runsByEvent = new Map<string, string[]>();
  private readonly finishedOrder: string[] = [];
  private readonly waiters = new Map<string, Array<(run: Run) => void>>();

  constructor(private readonly maxFinishedRuns: number) {}

  add(run: RunState): void {
    this.runs.set(run.id, run);
    const siblings = this.runsByEvent.get(run.event.id) ?? [];
    siblings.push(run.id);
    this.runsByEvent.set(run.event.id, siblings);
  }

  get(id: string): RunState | undefined {
    return this.runs.get(id);
  }

  byEvent(eventId: string): RunState[] {
    return (this.runsByEvent.get(eventId) ?? []).flatMap((id) => this.runs.get(id) ?? []);
  }

  list(filter: RunFilter = {}): RunState[] {
    const all = filter.eventId ? this.byEvent(filter.eventId) : [...this.runs.values()];
    return all.filter((r) => (!filter.functionId || r.functionId === filter.functionId) && (!filter.status || r.status === filter.status));
  }

  active(): RunState[] {
    return [...this.runs.values()].filter((r) => !FINISHED.has(r.status));
  }

  /** Marks a run finished, wakes its waiters and evicts the oldest finished runs over the bound. */
  finish(run: RunState, status: "Completed" | "Failed" | "Cancelled", result: { output?: unknown; error?: unknown }): void {
    if (FINISHED.has(run.status)) return;
    Object.assign(run, { status, endedAt: Date.now(), ...result });
    run.pending.clear();
    const view = toPublicRun(run);
    for (const wake of this.waiters.get(run.id) ?? []) wake(view);
    this.waiters.delete(run.id);
    this.finishedOrder.push(run.id);
    while (this.finishedOrder.length > this.maxFinishedRuns) this.evict(this.finishedOrder.shift()!);
  }

  /** Resolves when the run finishes; rejects on timeout or when the run is unknown. */
  waitFor(runId: string, timeoutMs: number): Promise<Run> {
    const run = this.runs.get(runId);
    if (!run) return Promise.reject(new Error(`Unknown run ${runId}`));
    if (FINISHED.has(run.status)) return Promise.resolve(toPublicRun(run));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Run ${runId} did not finish within ${timeoutMs} ms (status ${run.status})`)),
        timeoutMs,
      );
      const list = this.waiters.get(runId) ?? [];
      list.push((view) => {
        clearTimeout(timer);
        resolve(view);
      });
      this.waiters.set(runId, list);
    });
  }

  private evict(runId: string): void {
    const run = this.runs.get(runId);
    if (!run) return;
    this.runs.delete(runId);
    const siblings = this.runsByEvent.get(run.event.id)?.filter((id) => id !== runId) ?? [];
    if (siblings.length) this.runsByEvent.set(run.event.id, siblings);
    else this.runsByEvent.delete(run.event.id);
  }
}
