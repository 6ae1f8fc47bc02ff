import http from "node:http";
import type { AddressInfo } from "node:net";
import { freePort } from "../../support/free-port";
import { startSyncHarness, type SyncHarness } from "./harness";

/**
 * The app's real Inngest functions behind the unmodified SDK `serve()` handler, driven by the
 * local executor over HTTP, with the sandbox as the vendors. The executor's port is chosen
 * before lib/env is loaded, because the Inngest client reads INNGEST_BASE_URL from it.
 */
export async function startInngestHarness(options: { faults?: string; scale?: number } = {}) {
  const executorPort = await freePort();
  Object.assign(process.env, { INNGEST_DEV: "1", INNGEST_BASE_URL: `http://127.0.0.1:${executorPort}` });
  const h: SyncHarness = await startSyncHarness(options);
  const [{ serve }, { client, functions }, { startTestExecutor, stopExecutorAndApp, waitUntil }] = await Promise.all([
    import("inngest/node"),
    import("@/lib/inngest"),
    import("../../unit/executor/harness"),
  ]);
  const handler = serve({ client, functions });
  const app = http.createServer(handler);
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/inngest`;
  const executor = await startTestExecutor({ port: executorPort, appUrl, backoffBaseMs: 50, backoffMaxMs: 500 });
  await waitUntil(() => executor.functionIds().length >= functions.length, 10_000, "the app's functions to register with the executor");

  /** Sends an event and waits for the run(s) of `functionId` it started, and for their continuations. */
  async function runToEnd(name: string, data: Record<string, unknown>, functionId = "seller-dashboard-sync-resource", timeoutMs = 60_000) {
    const { ids } = await client.send({ name, data });
    const end = Date.now() + timeoutMs;
    for (;;) {
      const runs = executor.listRuns({ eventId: ids[0], functionId });
      if (runs.length > 0 && runs.every((r) => ["Completed", "Failed", "Cancelled"].includes(r.status))) return runs;
      if (Date.now() > end) throw new Error(`runs of ${functionId} for ${name} did not finish`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  return {
    ...h,
    client,
    executor,
    runToEnd,
    async close() {
      await stopExecutorAndApp(executor, app);
      await h.close();
    },
  };
}
