import { env } from "@/lib/env";
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from "@/devtools/sandbox/core/server";
import type { SandboxVendor } from "@/devtools/sandbox/core/types";
import { sandboxVendors } from "@/devtools/sandbox/vendors";

export { startSandbox, FORCED_FAULT_HEADER } from "@/devtools/sandbox/core/server";
export type { RunningSandbox, StartSandboxOptions } from "@/devtools/sandbox/core/server";
export { sandboxVendors };

/** The env lines that point every vendor client at a sandbox served from `url`. */
export function sandboxBaseUrls(url: string, vendors: SandboxVendor[] = sandboxVendors): Record<string, string> {
  return Object.fromEntries(
    vendors.flatMap((vendor) => Object.entries(vendor.baseUrlEnv ?? {}).map(([name, path]) => [name, `${url}${path}`])),
  );
}

/**
 * Starts the sandbox as configured by SANDBOX_* variables; used by `npm run sandbox` and
 * in-process by `npm run dev`. Overrides win over the environment.
 */
export async function startSandboxFromEnv(
  overrides: Partial<StartSandboxOptions> = {},
): Promise<RunningSandbox & { baseUrls: Record<string, string> }> {
  const vendors = overrides.vendors ?? sandboxVendors;
  const sandbox = await startSandbox({
    port: env.SANDBOX_PORT,
    seed: env.SANDBOX_SEED,
    scale: env.SANDBOX_SCALE,
    faults: env.SANDBOX_FAULTS,
    rateLimits: env.SANDBOX_RATE_LIMITS,
    clock: env.SANDBOX_CLOCK,
    ...overrides,
    vendors,
  });
  return Object.assign(sandbox, { baseUrls: sandboxBaseUrls(sandbox.url, vendors) });
}
