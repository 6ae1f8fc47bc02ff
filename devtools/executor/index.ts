import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { internalEvents } from "inngest";
import { env } from "@/lib/env";
import { createLogger, type Logger } from "@/lib/logger";
import { AppSync } from "./app-sync";
import { ConcurrencyLimiter } from "./concurrency";
import { CronScheduler } from "./cron";
import { EventIntake } from "./events";
import { createExecutorServer } from "./http-server";
import { registerRequestSchema } from "./protocol";
import { FunctionRegistry } from "./registry";
import { RunDriver } from "./run-driver";
import { RunStore, toPublicRun, type Run, type RunFilter } from "./runs";
import { StartWindows } from "./start-windows";
import { Timers } from "./timers";

export type { Run, RunFilter, RunStatus } from "./runs";

export interface ExecutorOptions {
  /** 0 = ephemeral; default `EXECUTOR_PORT` (8288, the Inngest dev server's port). */
  port?: number;
  host?: "127.0.0.1";
  /** Serve URLs to sync, e.g. `http://127.0.0.1:3000/api/inngest`. */
  appUrls?: string[];
  logger?: Logger;
  /** How often to retry syncing an app that is not up yet (default 1000 ms). */
  pollRegisterMs?: number;
  /** Re-sync period once an app is synced (default 60 s; 0 = never). */
  resyncMs?: number;
  /** First retry delay; doubles per attempt up to `backoffMaxMs` (defaults 1000 ms / 60 s). */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Longest a single request to the app may take (default 15 min). */
  requestTimeoutMs?: number;
  /** Finished runs kept for inspection (default 1000). */
  maxFinishedRuns?: number;
  /**
   * The app's INNGEST_SIGNING_KEY: requests to the app are signed as Inngest signs them, and
   * only the app holding the key may register functions. Unset, the app must run in dev mode.
   */
  signingKey?: string;
}

export interface SendEvent {
  name: string;
  data?: Record<string, unknown>;
  id?: string;
  ts?: number;
}

export interface RunningExecutor {
  url: string;
  close(): Promise<void>;
  /** Same as `inngest.send()` against this executor; returns the event ids. */
  send(events: SendEvent | SendEvent[]): Promise<string[]>;
  getRun(runId: string): Run | undefined;
  listRuns(filter?: RunFilter): Run[];
  waitForRun(runId: string, options?: { timeoutMs?: number }): Promise<Run>;
  /** Starts a cron-triggered function now, as its schedule would; returns the run id. */
  triggerCron(functionId: string): string;
  /** PUTs every configured app now; true when all of them synced. */
  sync(): Promise<boolean>;
  functionIds(): string[];
}

export async function startExecutor(opts: ExecutorOptions = {}): Promise<RunningExecutor> {
  const logger = opts.logger ?? createLogger();
  const warn = (message: string) => logger.warn(message);
  const abort = new AbortController();
  const timers = new Timers();
  const registry = new FunctionRegistry();
  const store = new RunStore(opts.maxFinishedRuns ?? 1000);
  const limiter = new ConcurrencyLimiter();
  const driver: RunDriver = new RunDriver({
    registry,
    store,
    limiter,
    windows: new StartWindows(),
    timers,
    logger,
    backoffBaseMs: opts.backoffBaseMs ?? 1000,
    backoffMaxMs: opts.backoffMaxMs ?? 60_000,
    requestTimeoutMs: opts.requestTimeoutMs ?? 15 * 60_000,
    signal: abort.signal,
    signingKey: opts.signingKey,
    emit: (event): string => intake.ingest([event])[0]!,
  });
  const intake: EventIntake = new EventIntake(registry, driver, store, logger);
  const startCron = (fnId: string, cron: string) => {
    const fn = registry.get(fnId);
    const run = fn && driver.start(fn, { id: randomUUID(), name: internalEvents.ScheduledTimer, data: { cron }, ts: Date.now() });
    if (!run) throw new Error(`Function ${fnId} is not registered or its run was skipped`);
    return run.id;
  };
  const crons = new CronScheduler((fn, cron) => {
    try {
      startCron(fn.id, cron);
    } catch (error) {
      warn(`Cron run of ${fn.id} not started: ${(error as Error).message}`);
    }
  }, warn);

  const server = createExecutorServer(
    {
      register(body) {
        const request = registerRequestSchema.parse(body);
        const registered = registry.registerApp(request, warn);
        crons.sync(registry.all(), (id) => registry.get(id));
        logger.info({ app: request.appName, url: request.url, functions: request.functions.map((f) => f.id) }, "executor: app registered");
        return { ok: true, functions: registered };
      },
      ingest: (events) => intake.ingest(events),
      runsForEvent: (eventId) => store.byEvent(eventId).map(toPublicRun),
      getRun: (runId) => {
        const run = store.get(runId);
        return run && toPublicRun(run);
      },
      runState: (runId) => store.get(runId),
      health() {
        const active = store.active();
        const queued = active.filter((r) => r.status === "Queued").length;
        return { ok: true, functions: registry.all().length, runs: { running: active.length - queued, queued } };
      },
    },
    logger,
    { signingKey: opts.signingKey },
  );
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? env.EXECUTOR_PORT, host, () => resolve());
  });
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  const appSync = new AppSync(opts.appUrls ?? [], {
    pollMs: opts.pollRegisterMs ?? 1000,
    resyncMs: opts.resyncMs ?? 60_000,
    timers,
    logger,
    signal: abort.signal,
    signingKey: opts.signingKey,
  });
  appSync.start();
  logger.info({ url, apps: opts.appUrls ?? [] }, "executor: listening");

  return {
    url,
    async close() {
      abort.abort();
      timers.close();
      crons.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    send: async (events) => intake.ingest([events].flat()),
    getRun: (runId) => {
      const run = store.get(runId);
      return run && toPublicRun(run);
    },
    listRuns: (filter) => store.list(filter).map(toPublicRun),
    waitForRun: (runId, options) => store.waitFor(runId, options?.timeoutMs ?? 60_000),
    triggerCron: (functionId) => startCron(functionId, "manual"),
    sync: () => appSync.syncAll(),
    functionIds: () => registry.all().map((fn) => fn.id),
  };
}
