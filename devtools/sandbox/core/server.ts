import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { logger } from "@/lib/logger";
import { createSandboxRuntime, type SandboxContextOptions } from "@/devtools/sandbox/core/context";
import { CONTROL_PREFIX, handleControlRoute } from "@/devtools/sandbox/core/control-routes";
import { sendEarlyFault, sendMalformed, sendTruncated } from "@/devtools/sandbox/core/fault-responses";
import { FaultPlan, FaultSpecError, parseFaultKind, type FaultKind } from "@/devtools/sandbox/core/faults";
import { readSandboxRequest, sendJson, sendResponse } from "@/devtools/sandbox/core/http-io";
import { createMountTable } from "@/devtools/sandbox/core/mounts";
import type { SandboxContext, SandboxResponse, SandboxVendor } from "@/devtools/sandbox/core/types";

export interface StartSandboxOptions extends SandboxContextOptions {
  /** 0 (the default) picks a free ephemeral port. */
  port?: number;
  /** Fault spec, e.g. `429:0.2,500:0.1,timeout:0.05` (see faults.ts). */
  faults?: string;
  vendors: SandboxVendor[];
  /** How long an injected timeout holds the connection before dropping it. */
  faultTimeoutMs?: number;
}

export interface RunningSandbox {
  url: string;
  close(): Promise<void>;
  /** Sets the fault spec; with `vendor`, only that vendor's requests draw faults. */
  setFaults(spec: string, vendor?: string): void;
  /** Switches rate-limit enforcement at runtime (also `POST /__sandbox/rate-limits {"mode"}`). */
  setRateLimits(mode: "enforce" | "off"): void;
  advanceClock(ms: number): void;
  /** Responses sent so far, per vendor id, by status (and "timeout" / "truncate" / "malformed"). */
  stats(): Record<string, Record<string, number>>;
  ctx: SandboxContext;
}

/** Request header that forces one fault on that request, e.g. `x-sandbox-fault: 429`. */
export const FORCED_FAULT_HEADER = "x-sandbox-fault";

export async function startSandbox(opts: StartSandboxOptions): Promise<RunningSandbox> {
  const runtime = createSandboxRuntime(opts);
  const { ctx } = runtime;
  const faults = new FaultPlan(ctx.seed, opts.faults ?? "");
  let faultVendor: string | undefined;
  const setFaults = (spec: string, vendor?: string) => {
    faults.set(spec);
    faultVendor = vendor;
  };
  const mounts = createMountTable(opts.vendors);
  const holdMs = opts.faultTimeoutMs ?? 60_000;
  const malformedVariant = ctx.rng("malformed-variant");
  const counts: Record<string, Record<string, number>> = {};
  const count = (vendorId: string, outcome: string | number) => {
    const perVendor = (counts[vendorId] ??= {});
    perVendor[outcome] = (perVendor[outcome] ?? 0) + 1;
  };
  const controlDeps = {
    ctx,
    vendors: opts.vendors,
    setFaults,
    setRateLimits: (mode: "enforce" | "off") => runtime.rateLimiter.setEnabled(mode === "enforce"),
    advanceClock: (ms: number) => runtime.advanceClock(ms),
    stats: () => structuredClone(counts),
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = await readSandboxRequest(req);
    if (request.path === CONTROL_PREFIX || request.path.startsWith(`${CONTROL_PREFIX}/`)) {
      const answer = handleControlRoute(request, controlDeps);
      sendResponse(res, answer ?? { status: 404, body: { error: `no sandbox control route ${request.method} ${request.path}` } });
      return;
    }
    const mount = mounts.find(request.path);
    if (!mount) {
      sendJson(res, 404, { error: `no sandbox vendor is mounted at ${request.path}` });
      return;
    }
    const { vendor } = mount;
    let fault: FaultKind | undefined;
    const forced = request.headers[FORCED_FAULT_HEADER];
    try {
      if (forced) fault = parseFaultKind(forced);
      else if (!faultVendor || faultVendor === vendor.id) fault = faults.next();
    } catch (e) {
      if (!(e instanceof FaultSpecError)) throw e;
      sendJson(res, 400, { error: e.message });
      return;
    }
    if (fault?.type === "status" || fault?.type === "timeout") {
      count(vendor.id, fault.type === "status" ? fault.status : "timeout");
      sendEarlyFault(res, fault, vendor, holdMs);
      return;
    }

    let answer: SandboxResponse;
    try {
      answer = await mount.handler({ ...request, path: mount.innerPath }, ctx);
    } catch (error) {
      logger.error({ err: error, vendor: vendor.id, path: request.path }, "sandbox handler failed");
      answer = { status: 500, body: { error: "sandbox handler failed" } };
    }
    if (fault?.type === "truncate") {
      count(vendor.id, "truncate");
      sendTruncated(res, answer);
    } else if (fault?.type === "malformed") {
      count(vendor.id, "malformed");
      const variant = fault.variant ?? (malformedVariant() < 0.5 ? "json" : "shape");
      sendMalformed(res, answer, variant);
    } else {
      count(vendor.id, answer.status);
      sendResponse(res, answer);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, "sandbox request failed");
      if (!res.headersSent) sendJson(res, 500, { error: "sandbox request failed" });
      else res.destroy();
    });
  });
  // Node's default keep-alive timeout (5 s) races clients that reuse idle sockets; stay above undici's 4 s.
  server.keepAliveTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    setFaults,
    setRateLimits: controlDeps.setRateLimits,
    advanceClock: (ms) => runtime.advanceClock(ms),
    stats: () => structuredClone(counts),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Held (timeout-fault) and idle keep-alive connections would otherwise keep close() waiting.
        server.closeAllConnections();
      }),
  };
}
