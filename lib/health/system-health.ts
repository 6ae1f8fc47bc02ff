import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { pingDatabase } from "@/lib/data/admin/ping-database";

export interface ComponentHealth {
  ok: boolean;
  latencyMs?: number;
  detail?: string;
}

const TIMEOUT_PREFIX = "no answer within";

/** /api/health is public: it says what kind of failure it was, never the driver's text (hosts, users, paths). */
export function failureDetail(error: unknown): "timeout" | "unreachable" {
  return error instanceof Error && error.message.startsWith(TIMEOUT_PREFIX) ? "timeout" : "unreachable";
}

async function timed<T>(fn: () => Promise<T>, timeoutMs: number): Promise<{ value: T; latencyMs: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const value = await Promise.race([
      fn(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${TIMEOUT_PREFIX} ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { value, latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkDatabase(): Promise<ComponentHealth> {
  try {
    const { latencyMs } = await timed(() => pingDatabase({ db }), 2000);
    return { ok: true, latencyMs };
  } catch (e) {
    return { ok: false, detail: failureDetail(e) };
  }
}

/** The local executor answers /health; with Inngest Cloud we can only tell whether it is configured. */
export async function checkExecutor(): Promise<ComponentHealth & { mode: "local" | "cloud" }> {
  if (!env.INNGEST_BASE_URL) {
    return {
      ok: Boolean(env.INNGEST_EVENT_KEY),
      mode: "cloud",
      detail: env.INNGEST_EVENT_KEY ? undefined : "INNGEST_EVENT_KEY is not set",
    };
  }
  try {
    const { value, latencyMs } = await timed(() => fetch(new URL("/health", env.INNGEST_BASE_URL)), 2000);
    return { ok: value.ok, latencyMs, mode: "local", detail: value.ok ? undefined : `HTTP ${value.status}` };
  } catch (e) {
    return { ok: false, mode: "local", detail: failureDetail(e) };
  }
}
