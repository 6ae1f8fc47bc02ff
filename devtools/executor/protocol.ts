import { z } from "zod";

/**
 * The wire shapes the Inngest SDK (inngest@4) speaks with an Inngest server, as read from the SDK's
 * own source: `InngestCommHandler` (register / run requests), `helpers/functions.ts` (the run
 * request body) and `types.ts` (`functionConfigSchema`, `StepOpCode`). Only the fields the local
 * executor acts on are typed; everything else passes through untouched.
 */

const concurrencyOption = z.object({
  limit: z.number(),
  key: z.string().optional(),
  scope: z.enum(["fn", "env", "account"]).optional(),
});
export type ConcurrencyOption = z.infer<typeof concurrencyOption>;

const flowWindow = z.object({
  limit: z.number(),
  period: z.string(),
  key: z.string().optional(),
  burst: z.number().optional(),
});
export type FlowWindowConfig = z.infer<typeof flowWindow>;

export const functionConfigSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  triggers: z
    .array(
      z.union([
        z.object({ event: z.string(), expression: z.string().optional() }),
        z.object({ cron: z.string(), jitter: z.string().optional() }),
      ]),
    )
    .default([]),
  steps: z.record(
    z.string(),
    z.looseObject({
      id: z.string(),
      runtime: z.looseObject({ type: z.string(), url: z.string() }),
      retries: z.object({ attempts: z.number().optional() }).optional(),
    }),
  ),
  concurrency: z.union([z.number(), concurrencyOption, z.array(concurrencyOption)]).optional(),
  throttle: flowWindow.optional(),
  rateLimit: flowWindow.optional(),
  idempotency: z.string().optional(),
  cancel: z.array(z.object({ event: z.string(), if: z.string().optional(), timeout: z.string().optional() })).optional(),
  debounce: z.unknown().optional(),
  batchEvents: z.unknown().optional(),
  singleton: z.unknown().optional(),
  priority: z.unknown().optional(),
  timeouts: z.unknown().optional(),
});
export type FunctionConfig = z.infer<typeof functionConfigSchema>;

/** Body of `POST /fn/register`, sent by the SDK when someone `PUT`s its serve URL. */
export const registerRequestSchema = z.looseObject({
  url: z.string(),
  appName: z.string().min(1),
  functions: z.array(functionConfigSchema).default([]),
  framework: z.string().optional(),
  sdk: z.string().optional(),
});
export type RegisterRequest = z.infer<typeof registerRequestSchema>;

/** One event as `inngest.send()` posts it to `/e/:key` (an array of these). */
export const incomingEventSchema = z.looseObject({
  name: z.string().min(1),
  data: z.record(z.string(), z.unknown()).optional(),
  id: z.string().optional(),
  ts: z.number().optional(),
  v: z.string().optional(),
});

export interface InngestEvent {
  id: string;
  name: string;
  data: Record<string, unknown>;
  ts: number;
  [extra: string]: unknown;
}

/** An op as the SDK returns it in a 206 response body (an array of these). */
export interface OutgoingOp {
  id: string;
  op: string;
  name?: string;
  displayName?: string;
  opts?: Record<string, unknown>;
  data?: unknown;
  error?: unknown;
}

/** Memoised step state, in the `{ data }` / `{ error }` shapes `stepSchema` in the SDK accepts. */
export type MemoisedStep = { data: unknown } | { error: unknown };

/** Body of `POST <app>?fnId=…&stepId=…`, parsed by the SDK's `parseFnData`. */
export interface RunRequestBody {
  event: InngestEvent;
  events: InngestEvent[];
  steps: Record<string, MemoisedStep>;
  version: number;
  use_api: false;
  ctx: {
    run_id: string;
    attempt: number;
    max_attempts: number;
    // `fn_id` is deliberately absent: the SDK only switches to checkpointing (a /v1/checkpoint
    // API this executor does not serve) when the server tells it the function's internal id.
    disable_immediate_execution: boolean;
    use_api: false;
    stack: { stack: string[]; current: number };
  };
}

/** The SDK's own discovery step id: `stepId=step` asks it to run the function from the top. */
export const DISCOVERY_STEP_ID = "step";

/** Inngest's default when a function sets no `retries`: 3 retries, so 4 attempts. */
export const DEFAULT_RETRIES = 3;

/** `version: -1` lets the SDK pick its preferred execution version on a run's first request. */
export const SDK_DECIDES_VERSION = -1;
