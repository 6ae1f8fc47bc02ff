import http from "node:http";
import { ZodError } from "zod";
import type { Logger } from "@/lib/logger";
import { isRegistrationAuthorized } from "./request-signature";
import type { Run, RunState } from "./runs";

/** What the HTTP routes need from the executor. */
export interface ExecutorRoutes {
  register(body: unknown): { ok: true; functions: number };
  ingest(events: unknown[]): string[];
  runsForEvent(eventId: string): Run[];
  getRun(runId: string): Run | undefined;
  runState(runId: string): RunState | undefined;
  health(): { ok: true; functions: number; runs: { running: number; queued: number } };
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** Inngest's REST shape: `status` is one of Running | Completed | Failed | Cancelled. */
export function toRestRun(run: Run) {
  return {
    run_id: run.id,
    function_id: run.functionId,
    event_id: run.eventId,
    status: run.status === "Queued" ? "Running" : run.status,
    output: run.status === "Failed" ? run.error : (run.output ?? null),
    run_started_at: (run.startedAt ?? run.createdAt).toISOString(),
    ended_at: run.endedAt?.toISOString() ?? null,
  };
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) req.destroy(new Error("Request body too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      try {
        resolve(text ? JSON.parse(text) : undefined);
      } catch {
        reject(new SyntaxError("Body is not valid JSON"));
      }
    });
    req.on("error", reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** The executor's HTTP surface: the Inngest dev-server endpoints the SDK calls, plus REST reads. */
export function createExecutorServer(routes: ExecutorRoutes, logger: Logger, options: { signingKey?: string } = {}): http.Server {
  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://executor.local");
    const path = url.pathname.replace(/\/+$/, "") || "/";
    const method = req.method ?? "GET";
    let match: RegExpExecArray | null;
    try {
      if (method === "POST" && path === "/fn/register") {
        // As Inngest does: only an app holding the signing key may (re-)point functions at a URL.
        if (options.signingKey && !isRegistrationAuthorized(req.headers.authorization, options.signingKey)) {
          return send(res, 401, { error: "Unauthorized", status: 401 });
        }
        const result = routes.register(await readBody(req));
        return send(res, 200, { status: 200, ok: result.ok, modified: true, error: `Registered ${result.functions} functions` });
      }
      if (method === "POST" && (match = /^\/e\/[^/]+$/.exec(path))) {
        const body = await readBody(req);
        const ids = routes.ingest(Array.isArray(body) ? body : body === undefined ? [] : [body]);
        return send(res, 200, { ids, status: 200 });
      }
      if (method === "GET" && (match = /^\/v1\/events\/([^/]+)\/runs$/.exec(path))) {
        return send(res, 200, { data: routes.runsForEvent(decodeURIComponent(match[1]!)).map(toRestRun) });
      }
      if (method === "GET" && (match = /^\/v1\/runs\/([^/]+)$/.exec(path))) {
        const run = routes.getRun(decodeURIComponent(match[1]!));
        return run ? send(res, 200, { data: toRestRun(run) }) : send(res, 404, { error: "run not found", status: 404 });
      }
      if (method === "GET" && (match = /^\/v0\/runs\/([^/]+)\/(actions|batch)$/.exec(path))) {
        // `use_api` fallbacks of the SDK: memoised steps and the triggering events of a run.
        const run = routes.runState(decodeURIComponent(match[1]!));
        if (!run) return send(res, 404, { error: "run not found", status: 404 });
        return send(res, 200, match[2] === "actions" ? run.steps : run.events);
      }
      if (method === "GET" && path === "/health") return send(res, 200, routes.health());
      return send(res, 404, { error: `No route for ${method} ${path}`, status: 404 });
    } catch (error) {
      const status = error instanceof ZodError || error instanceof SyntaxError ? 400 : 500;
      if (status === 500) logger.error({ err: error, path }, "executor: request failed");
      return send(res, status, {
        error:
          error instanceof ZodError ? error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") : (error as Error).message,
        status,
      });
    }
  });
}
