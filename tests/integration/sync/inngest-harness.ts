import { randomBytes } from "node:crypto";
import { freePort } from "../../support/free-port";
import { serveRoute } from "../../support/route-server";
import { startSyncHarness, type SyncHarness } from "./harness";

/**
 * The app's real Inngest functions behind its real /api/inngest route (the unmodified SDK
 * `serve()`), driven by the local executor over HTTP, with the sandbox as the vendors. As in
 * production, the route verifies a signature on every request and the executor signs with the
 * same key. Ports and keys are chosen before lib/env is loaded, because the Inngest client reads
 * INNGEST_BASE_URL, the keys and APP_URL (the URL it registers) from it.
 */
export async function startInngestHarness(options: { faults?: string; scale?: number } = {}) {
  const [executorPort, appPort] = await Promise.all([freePort(), freePort()]);
  const signingKey = `signkey-test-${randomBytes(32).toString("hex")}`;
  delete process.env.INNGEST_DEV;
  Object.assign(process.env, {
    APP_URL: `http://127.0.0.1:${appPort}`,
    INNGEST_BASE_URL: `http://127.0.0.1:${executorPort}`,
    INNGEST_SIGNING_KEY: signingKey,
    INNGEST_EVENT_KEY: randomBytes(16).toString("hex"),
  });
  const h: SyncHarness = await startSyncHarness(options);
  const [route, { client, functions }, { startTestExecutor, stopExecutorAndApp, waitUntil }] = await Promise.all([
    import("@/app/api/inngest/route"),
    import("@/lib/inngest"),
    import("../../unit/executor/harness"),
  ]);
  const { server: app, url: appOrigin } = await serveRoute(route, appPort);
  const appUrl = `${appOrigin}/api/inngest`;
  const executor = await startTestExecutor({ port: executorPort, appUrl, backoffBaseMs: 50, backoffMaxMs: 500, signingKey });
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
    appUrl,
    signingKey,
    runToEnd,
    async close() {
      await stopExecutorAndApp(executor, app);
      await h.close();
    },
  };
}
