import { resetCircuits } from "@/lib/integrations/core";
import { createOzonClient, type OzonClientOptions } from "@/lib/integrations/ozon/client";
import type { OzonCredentials } from "@/lib/integrations/ozon/credentials";
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from "@/devtools/sandbox/core/server";
import { createOzonSandbox } from "@/devtools/sandbox/ozon";

/** The sandbox start used across Ozon tests: a fixed instant keeps generated data identical between runs. */
export const SANDBOX_START = new Date("2026-06-01T09:00:00.000Z");
export const DAY_MS = 86_400_000;

export interface OzonSandbox {
  sandbox: RunningSandbox;
  baseUrl: string;
  credentials: OzonCredentials;
  client(options?: OzonClientOptions): ReturnType<typeof createOzonClient>;
  summary(clientId?: string): Promise<Record<string, number>>;
  createAccount(scale: number): Promise<OzonCredentials>;
  revoke(clientId: string): Promise<void>;
  /** Responses the sandbox sent for Ozon, by status / fault kind. */
  stats(): Record<string, number>;
}

/** Starts a real sandbox on 127.0.0.1:0 with only the Ozon vendor mounted. */
export async function startOzonSandbox(options: Partial<StartSandboxOptions> = {}): Promise<OzonSandbox> {
  resetCircuits();
  const sandbox = await startSandbox({
    seed: 7,
    scale: 2000,
    clock: "manual",
    startAt: SANDBOX_START,
    rateLimits: "off",
    ...options,
    vendors: [createOzonSandbox()],
  });
  const baseUrl = `${sandbox.url}/ozon`;
  const control = async (path: string, body?: unknown) => {
    const res = await fetch(
      `${sandbox.url}/__sandbox${path}`,
      body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    );
    if (!res.ok) throw new Error(`sandbox control ${path}: HTTP ${res.status}`);
    return res.json() as Promise<any>;
  };
  const accounts = await control("/accounts");
  const credentials = accounts.vendors.ozon[0].credentials as OzonCredentials;
  return {
    sandbox,
    baseUrl,
    credentials,
    client: (clientOptions = {}) => createOzonClient(credentials, { baseUrl, ...clientOptions }),
    summary: async (clientId = credentials.clientId) => (await control("/summary")).vendors.ozon[clientId],
    createAccount: async (scale) => (await control("/accounts", { vendor: "ozon", scale })).credentials,
    revoke: async (clientId) => void (await control("/revoke", { vendor: "ozon", accountKey: clientId })),
    stats: () => sandbox.stats().ozon ?? {},
  };
}

/** Collects every item of an Ozon page iterator. */
export async function collect<T>(pages: AsyncIterable<{ items: T[] }>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...page.items);
  return out;
}
