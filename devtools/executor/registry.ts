import { durationToMs } from "inngest";
import { compileCondition, compileKey } from "./expressions";
import { DEFAULT_RETRIES, DISCOVERY_STEP_ID, type FunctionConfig, type RegisterRequest } from "./protocol";

type Condition = ReturnType<typeof compileCondition>;
type KeyFn = ReturnType<typeof compileKey>;

export interface ConcurrencyRule {
  limit: number;
  /** Name of the shared queue: per function unless `scope` is "env"/"account". */
  queue: string;
  key?: KeyFn;
}

export interface WindowRule {
  limit: number;
  periodMs: number;
  key?: KeyFn;
}

export interface RegisteredFunction {
  id: string;
  name: string;
  appName: string;
  /** `?fnId=…&stepId=step` URL from the registration; other step ids replace `stepId`. */
  stepUrl: string;
  eventTriggers: Array<{ event: string; matches: (name: string) => boolean; condition?: Condition }>;
  crons: string[];
  maxAttempts: number;
  concurrency: ConcurrencyRule[];
  throttle?: WindowRule;
  rateLimit?: WindowRule;
  idempotency?: KeyFn;
  cancelOn: Array<{ event: string; condition?: Condition; timeoutMs?: number }>;
}

/** Options Inngest supports that this executor does not; a registration using them is warned about. */
const UNSUPPORTED = ["debounce", "batchEvents", "singleton", "priority", "timeouts"] as const;

export function eventNameMatcher(pattern: string): (name: string) => boolean {
  if (!pattern.includes("*")) return (name) => name === pattern;
  const regex = new RegExp(
    `^${pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return (name) => regex.test(name);
}

function compileFunction(config: FunctionConfig, appName: string, warn: (message: string) => void): RegisteredFunction {
  const step = config.steps[DISCOVERY_STEP_ID] ?? Object.values(config.steps)[0];
  if (!step) throw new Error(`Function "${config.id}" has no step runtime URL`);
  for (const option of UNSUPPORTED) {
    if (config[option] !== undefined) warn(`Function "${config.id}": "${option}" is not supported by the local executor and is ignored`);
  }
  const optional = <T>(value: string | undefined, compile: (v: string) => T) => (value ? compile(value) : undefined);
  const window = (w: FunctionConfig["throttle"]) =>
    w && { limit: w.limit, periodMs: durationToMs(w.period), key: optional(w.key, compileKey) };
  if (config.throttle?.burst !== undefined)
    warn(`Function "${config.id}": throttle.burst is ignored; at most "limit" runs start per period`);

  const rawConcurrency = config.concurrency === undefined ? [] : [config.concurrency].flat();
  return {
    id: config.id,
    name: config.name ?? config.id,
    appName,
    stepUrl: step.runtime.url,
    eventTriggers: config.triggers.flatMap((t) =>
      "event" in t ? [{ event: t.event, matches: eventNameMatcher(t.event), condition: optional(t.expression, compileCondition) }] : [],
    ),
    crons: config.triggers.flatMap((t) => ("cron" in t ? [t.cron] : [])),
    maxAttempts: (step.retries?.attempts ?? DEFAULT_RETRIES) + 1,
    concurrency: rawConcurrency.map((c) => {
      const option = typeof c === "number" ? { limit: c } : c;
      const scope = "scope" in option && option.scope && option.scope !== "fn" ? option.scope : undefined;
      return {
        limit: option.limit,
        queue: scope ? `${scope}` : `fn:${config.id}`,
        key: optional("key" in option ? option.key : undefined, compileKey),
      };
    }),
    throttle: window(config.throttle),
    rateLimit: window(config.rateLimit),
    idempotency: optional(config.idempotency, compileKey),
    cancelOn: (config.cancel ?? []).map((c) => ({
      event: c.event,
      condition: optional(c.if, compileCondition),
      timeoutMs: optional(c.timeout, (t) => durationToMs(t)),
    })),
  };
}

/** Functions by id, replaced app by app whenever an app (re)registers. */
export class FunctionRegistry {
  private readonly functions = new Map<string, RegisteredFunction>();

  /**
   * Replaces the app's functions. A function whose config cannot be compiled (e.g. an expression
   * outside the supported subset) is skipped with a warning; returns how many were registered.
   */
  registerApp(request: RegisterRequest, warn: (message: string) => void): number {
    for (const [id, fn] of this.functions) if (fn.appName === request.appName) this.functions.delete(id);
    let registered = 0;
    for (const config of request.functions) {
      try {
        this.functions.set(config.id, compileFunction(config, request.appName, warn));
        registered++;
      } catch (error) {
        warn(`Function "${config.id}" skipped: ${(error as Error).message}`);
      }
    }
    return registered;
  }

  get(id: string): RegisteredFunction | undefined {
    return this.functions.get(id);
  }

  all(): RegisteredFunction[] {
    return [...this.functions.values()];
  }

  /** Functions an event starts, honouring wildcards and `if` expressions. */
  triggeredBy(event: { name: string }): RegisteredFunction[] {
    return this.all().filter((fn) => fn.eventTriggers.some((t) => t.matches(event.name) && (!t.condition || t.condition({ event }))));
  }
}
