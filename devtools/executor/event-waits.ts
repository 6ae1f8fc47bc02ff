import { compileCondition } from "./expressions";
import type { InngestEvent, MemoisedStep } from "./protocol";
import { FINISHED, type RunState } from "./runs";

interface Wait {
  run: RunState;
  stepId: string;
  eventName: string;
  condition?: ReturnType<typeof compileCondition>;
}

/**
 * `step.waitForEvent`: a run parks a step until a matching event arrives (memoised as
 * `{ data: event }`) or the timeout passes (`{ data: null }`), as Inngest does.
 * `match: "data.x"` arrives from the SDK as `event.data.x == async.data.x`, which is supported.
 */
export class EventWaits {
  private readonly waits: Wait[] = [];

  constructor(private readonly resume: (run: RunState, stepId: string, value: MemoisedStep) => void) {}

  /** Throws `UnsupportedExpressionError` when the `if` expression is outside the supported subset. */
  add(run: RunState, stepId: string, eventName: string, ifExpression?: string): void {
    const condition = ifExpression ? compileCondition(ifExpression) : undefined;
    this.waits.push({ run, stepId, eventName, condition });
  }

  /** Called on timeout: the wait resolves with `null`. */
  expire(run: RunState, stepId: string): void {
    const index = this.waits.findIndex((w) => w.run === run && w.stepId === stepId);
    if (index < 0) return;
    this.waits.splice(index, 1);
    this.resume(run, stepId, { data: null });
  }

  /** Resolves every wait the event satisfies; forgets waits of finished runs. */
  deliver(event: InngestEvent): void {
    for (let i = this.waits.length - 1; i >= 0; i--) {
      const wait = this.waits[i]!;
      if (FINISHED.has(wait.run.status)) {
        this.waits.splice(i, 1);
        continue;
      }
      if (wait.eventName !== event.name) continue;
      if (wait.condition && !wait.condition({ event: wait.run.event, async: event })) continue;
      this.waits.splice(i, 1);
      this.resume(wait.run, wait.stepId, { data: event });
    }
  }
}
