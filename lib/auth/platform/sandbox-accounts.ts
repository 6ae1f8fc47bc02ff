import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

/**
 * In sandbox mode the platform's own SMS and DaData accounts are the sandbox's demo accounts.
 * Their keys derive from the sandbox's seed, so we ask the running sandbox for them
 * (GET <sandbox>/__sandbox/accounts) instead of re-deriving them here and drifting.
 */
const accountsSchema = z.object({
  vendors: z.record(z.string(), z.array(z.object({ accountKey: z.string(), credentials: z.record(z.string(), z.string()) }))),
});

const cache = new Map<string, Promise<Record<string, string>>>();

/** The sandbox origin behind a vendor base URL such as `http://127.0.0.1:4010/smsaero`. */
export function sandboxRootOf(vendorBaseUrl: string, mountPrefix: string): string | null {
  const trimmed = vendorBaseUrl.replace(/\/+$/, "");
  return trimmed.endsWith(mountPrefix) ? trimmed.slice(0, -mountPrefix.length) : null;
}

export function sandboxDemoCredentials(sandboxRoot: string, vendor: string): Promise<Record<string, string>> {
  const cacheKey = `${sandboxRoot}#${vendor}`;
  let pending = cache.get(cacheKey);
  if (!pending) {
    pending = fetchDemoCredentials(sandboxRoot, vendor);
    // A failed lookup is not cached: the sandbox may simply not be up yet.
    pending.catch(() => cache.delete(cacheKey));
    cache.set(cacheKey, pending);
  }
  return pending;
}

/** Forgets cached demo keys, e.g. after the sandbox restarted with another seed and refused them. */
export function forgetSandboxDemoCredentials(): void {
  cache.clear();
}

async function fetchDemoCredentials(sandboxRoot: string, vendor: string): Promise<Record<string, string>> {
  const res = await fetch(`${sandboxRoot}/__sandbox/accounts`, { signal: AbortSignal.timeout(3_000) }).catch((cause: unknown) => {
    throw new AppError("dependency_unavailable", `sandbox at ${sandboxRoot} did not answer`, { cause });
  });
  if (!res.ok) throw new AppError("dependency_unavailable", `sandbox accounts answered ${res.status}`);
  const parsed = accountsSchema.safeParse(await res.json());
  const account = parsed.success ? parsed.data.vendors[vendor]?.[0] : undefined;
  if (!account) throw new AppError("dependency_unavailable", `sandbox has no demo account for ${vendor}`);
  return account.credentials;
}
