import { durationToMs } from "inngest";
import { StepOpCode } from "inngest/types";
import type { Logger } from "@/lib/logger";
import type { AppResponse } from "./app-request";
import type { EventWaits } from "./event-waits";
import { DISCOVERY_STEP_ID, type MemoisedStep, type OutgoingOp } from "./protocol";
import type { RunState } from "./runs";
import type { Timers } from "./timers";

/** What the op handlers need from the run driver. */
export interface OpContext {
  logger: Logger;
  timers: Timers;
  waits: EventWaits;
  memoise(run: RunState, stepId: string, value: MemoisedStep): void;
  resume(run: RunState, stepId: string, value: MemoisedStep): void;
  schedule(run: RunState, stepId: string, attempt: number, delayMs: number): void;
  retryDelay(attempt: number, retryAfterMs?: number): number;
  finish(run: RunState, status: "Completed" | "Failed", result: { output?: unknown; error?: unknown }): void;
  invoke(run: RunState, stepId: string, functionId: string, data: Record<string, unknown>): boolean;
}

/** Ops the SDK may return that need Inngest Cloud services (AI gateway, signals, step.fetch). */
const UNSUPPORTED_OPS = new Set<string>([StepOpCode.AiGateway, StepOpCode.Gateway, StepOpCode.WaitForSignal]);

/** `step.sleep` sends a duration ("1m30s"); `step.sleepUntil` sends an ISO date. */
export function sleepDurationMs(op: OutgoingOp, now = Date.now()): number {
  const spec = op.name ?? "";
  if (/^\d{4}-\d{2}-\d{2}T/.test(spec)) return Math.max(0, Date.parse(spec) - now);
  return durationToMs(spec, { name: "sleep duration" });
}

const error = (message: string) => ({ name: "Error", message });

/**
 * Applies the ops of a 206 response. Results are memoised; planned steps are requested one by one
 * (in parallel when the SDK planned several); sleeps, waits and invokes park the step. Discovery
 * (`stepId=step`) resumes once nothing of the run is in flight any more, so parallel steps are
 * all settled before the function body runs again.
 */
export function applyOps(
  ctx: OpContext,
  run: RunState,
  requestStepId: string,
  attempt: number,
  response: Extract<AppResponse, { kind: "ops" }>,
): void {
  let progressed = false;
  for (const op of response.ops) {
    switch (op.op) {
      case StepOpCode.StepRun:
      case StepOpCode.Step:
        ctx.memoise(run, op.id, { data: op.data ?? null });
        progressed = true;
        break;
      case StepOpCode.StepFailed:
        ctx.memoise(run, op.id, { error: op.error ?? op.data });
        progressed = true;
        break;
      case StepOpCode.StepError:
        // The SDK marks the last attempt StepFailed itself; this guard only protects against loops.
        if (attempt + 1 >= run.maxAttempts) {
          ctx.memoise(run, op.id, { error: op.error });
          progressed = true;
          break;
        }
        ctx.logger.warn({ runId: run.id, step: op.displayName ?? op.id, attempt, error: op.error }, "executor: step failed; retrying");
        run.pending.add(op.id);
        ctx.schedule(run, op.id, attempt + 1, ctx.retryDelay(attempt, response.retryAfterMs));
        break;
      case StepOpCode.StepPlanned:
        if (op.id === requestStepId) {
          // Asked to run this step, the SDK only planned it again: retry, counting it as an attempt.
          if (attempt + 1 >= run.maxAttempts)
            return ctx.finish(run, "Failed", { error: error(`Step ${op.displayName ?? op.id} could not be run`) });
          ctx.schedule(run, op.id, attempt + 1, ctx.retryDelay(attempt));
          break;
        }
        if (run.pending.has(op.id)) break;
        run.pending.add(op.id);
        ctx.schedule(run, op.id, 0, 0);
        break;
      case StepOpCode.Sleep: {
        run.pending.add(op.id);
        let delayMs: number;
        try {
          delayMs = sleepDurationMs(op);
        } catch (e) {
          return ctx.finish(run, "Failed", { error: error(`Invalid sleep "${op.name}": ${(e as Error).message}`) });
        }
        ctx.timers.after(delayMs, () => ctx.resume(run, op.id, { data: null }));
        break;
      }
      case StepOpCode.WaitForEvent: {
        run.pending.add(op.id);
        try {
          ctx.waits.add(run, op.id, op.name ?? "", op.opts?.if as string | undefined);
        } catch (e) {
          return ctx.finish(run, "Failed", { error: error(`step.waitForEvent: ${(e as Error).message}`) });
        }
        const timeout = op.opts?.timeout as string | undefined;
        if (timeout) ctx.timers.after(durationToMs(timeout), () => ctx.waits.expire(run, op.id));
        break;
      }
      case StepOpCode.InvokeFunction: {
        const opts = (op.opts ?? {}) as { function_id?: string; payload?: { data?: Record<string, unknown> }; timeout?: string };
        run.pending.add(op.id);
        if (!ctx.invoke(run, op.id, opts.function_id ?? "", opts.payload?.data ?? {})) {
          ctx.resume(run, op.id, { error: error(`step.invoke: function "${opts.function_id}" is not registered or was skipped`) });
        } else if (opts.timeout) {
          ctx.timers.after(durationToMs(opts.timeout), () => ctx.resume(run, op.id, { error: error("step.invoke timed out") }));
        }
        break;
      }
      case StepOpCode.RunComplete:
        return ctx.finish(run, "Completed", { output: op.data ?? null });
      case StepOpCode.DeferAdd:
      case StepOpCode.DeferAbort:
        ctx.logger.warn({ runId: run.id, op: op.op }, "executor: defer() is not supported locally; ignored");
        break;
      default: {
        const why = UNSUPPORTED_OPS.has(op.op)
          ? "needs Inngest Cloud and is not supported by the local executor"
          : "is unknown to the local executor";
        ctx.logger.error({ runId: run.id, op: op.op }, `executor: op ${op.op} ${why}`);
        return ctx.finish(run, "Failed", { error: error(`Step op ${op.op} ${why}`) });
      }
    }
  }
  if (progressed && run.pending.size === 0) ctx.schedule(run, DISCOVERY_STEP_ID, 0, 0);
}
