import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Inngest } from "inngest";
import { serve } from "inngest/node";
import { startExecutor, type RunningExecutor } from "@/devtools/executor";
import { createLogger } from "@/lib/logger";

/**
 * A real app (the unmodified SDK's `serve()` on node:http) and the executor syncing it. The app
 * answers 503 until its functions exist, so the executor's "poll until registered" path is used.
 */
export async function startAppWithExecutor(
  defineFunctions: (baseUrl: string) => { client: Inngest.Any; functions: Parameters<typeof serve>[0]["functions"] },
): Promise<{ executor: RunningExecutor; client: Inngest.Any; close(): Promise<void> }> {
  let handler: http.RequestListener | undefined;
  const app = http.createServer((req, res) => (handler ? handler(req, res) : res.writeHead(503).end()));
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/inngest`;

  const executor = await startTestExecutor({ port: 0, appUrl, backoffBaseMs: 20, backoffMaxMs: 200 });
  const { client, functions } = defineFunctions(executor.url);
  handler = serve({ client, functions });
  await waitUntil(() => executor.functionIds().length >= functions.length, 5_000, "app registration");

  return {
    executor,
    client,
    close: () => stopExecutorAndApp(executor, app),
  };
}

/** Stops the executor, then the app, dropping its kept-alive connections so the close returns at once. */
export async function stopExecutorAndApp(executor: RunningExecutor, app: http.Server): Promise<void> {
  await executor.close();
  app.closeAllConnections();
  await new Promise<void>((resolve) => app.close(() => resolve()));
}

/** The executor as tests run it: one app, quick registration polls, no periodic resync, no log output. */
export function startTestExecutor(options: {
  port: number;
  appUrl: string;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** For an app that verifies Inngest's signatures (the app's own route outside dev mode). */
  signingKey?: string;
}) {
  const { appUrl, ...rest } = options;
  return startExecutor({ ...rest, appUrls: [appUrl], pollRegisterMs: 50, resyncMs: 0, logger: createLogger({ level: "silent" }) });
}

/** The SDK logs every thrown step error; the tests throw on purpose. */
export const quietSdkLogger = createLogger({ level: "silent" });

export async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
