import { z } from "zod";
import { FaultSpecError } from "@/devtools/sandbox/core/faults";
import type { SandboxContext, SandboxRequest, SandboxResponse, SandboxVendor } from "@/devtools/sandbox/core/types";

/** What the /__sandbox/* routes can see and change on the running sandbox. */
export interface ControlDeps {
  ctx: SandboxContext;
  vendors: SandboxVendor[];
  setFaults(spec: string, vendor?: string): void;
  setRateLimits(mode: "enforce" | "off"): void;
  advanceClock(ms: number): void;
  stats(): Record<string, Record<string, number>>;
}

export const CONTROL_PREFIX = "/__sandbox";

const clockBody = z.object({ advanceMs: z.number().nonnegative() });
/** `vendor` limits the faults to one vendor's requests (e.g. Ozon failing while WB answers). */
const faultsBody = z.object({ spec: z.string(), vendor: z.string().min(1).optional() });
const rateLimitsBody = z.object({ mode: z.enum(["enforce", "off"]) });
const accountBody = z.looseObject({ vendor: z.string().min(1) });
const revokeBody = z.object({ vendor: z.string().min(1), accountKey: z.string().min(1) });

const json = (status: number, body: unknown): SandboxResponse => ({ status, body });

function badRequest(error: z.ZodError): SandboxResponse {
  return json(400, { error: "invalid body", issues: z.flattenError(error).fieldErrors });
}

/** Answers a control route, or returns undefined when `req.path` is not one. */
export function handleControlRoute(req: SandboxRequest, deps: ControlDeps): SandboxResponse | undefined {
  const route = `${req.method} ${req.path.slice(CONTROL_PREFIX.length) || "/"}`;
  const findVendor = (id: string) => deps.vendors.find((v) => v.id === id);

  switch (route) {
    case "GET /health":
      return json(200, { ok: true, vendors: deps.vendors.map((v) => v.id), now: deps.ctx.now().toISOString() });
    case "GET /summary":
      return json(200, {
        vendors: Object.fromEntries(deps.vendors.map((v) => [v.id, v.summary(deps.ctx)])),
        now: deps.ctx.now().toISOString(),
      });
    case "GET /stats":
      return json(200, { responses: deps.stats() });
    case "GET /accounts":
      return json(200, { vendors: Object.fromEntries(deps.vendors.map((v) => [v.id, v.demoAccounts(deps.ctx)])) });
    case "POST /accounts": {
      const parsed = accountBody.safeParse(req.body);
      if (!parsed.success) return badRequest(parsed.error);
      const { vendor: vendorId, ...options } = parsed.data;
      const vendor = findVendor(vendorId);
      if (!vendor) return json(404, { error: `unknown vendor "${vendorId}"` });
      if (!vendor.createAccount) return json(501, { error: `vendor "${vendorId}" cannot create accounts` });
      return json(201, vendor.createAccount(deps.ctx, options));
    }
    case "POST /revoke": {
      const parsed = revokeBody.safeParse(req.body);
      if (!parsed.success) return badRequest(parsed.error);
      const vendor = findVendor(parsed.data.vendor);
      if (!vendor) return json(404, { error: `unknown vendor "${parsed.data.vendor}"` });
      if (!vendor.revoke) return json(501, { error: `vendor "${vendor.id}" cannot revoke accounts` });
      vendor.revoke(parsed.data.accountKey);
      return json(200, { revoked: parsed.data.accountKey });
    }
    case "POST /clock": {
      const parsed = clockBody.safeParse(req.body);
      if (!parsed.success) return badRequest(parsed.error);
      deps.advanceClock(parsed.data.advanceMs);
      return json(200, { now: deps.ctx.now().toISOString() });
    }
    case "POST /faults": {
      const parsed = faultsBody.safeParse(req.body);
      if (!parsed.success) return badRequest(parsed.error);
      try {
        const { spec, vendor } = parsed.data;
        if (vendor && !findVendor(vendor)) return json(404, { error: `unknown vendor "${vendor}"` });
        deps.setFaults(spec, vendor);
      } catch (e) {
        if (e instanceof FaultSpecError) return json(400, { error: e.message });
        throw e;
      }
      return json(200, { spec: parsed.data.spec });
    }
    case "POST /rate-limits": {
      const parsed = rateLimitsBody.safeParse(req.body);
      if (!parsed.success) return badRequest(parsed.error);
      deps.setRateLimits(parsed.data.mode);
      return json(200, { mode: parsed.data.mode });
    }
    default:
      return undefined;
  }
}
