import type { SandboxContext, SandboxResponse } from "@/devtools/sandbox/core/types";
import type { OzonAccount } from "@/devtools/sandbox/ozon/accounts";

/** A handler for one Ozon operation, called after authentication and rate limiting. */
export type OzonRoute = (input: { account: OzonAccount; body: unknown; ctx: SandboxContext; nowMs: number }) => SandboxResponse;

export const ok = (body: unknown): SandboxResponse => ({ status: 200, body });
