/**
 * `npm run dev`: the whole product on its embedded defaults, with no configuration:
 * - PostgreSQL: DATABASE_URL if set, else PGlite in PGLITE_DATA_DIR served on 127.0.0.1;
 * - migrations applied and the demo organisation seeded (idempotent);
 * - the sandbox vendors (fake WB, Ozon, YooKassa, SMS, DaData) and the local Inngest executor;
 * - `next dev` (or `next start` after a build with --prod), pointed at all of the above, with
 *   /api/inngest verifying the executor's signatures as it verifies Inngest's in production.
 * Prints the URL once the app answers /api/health. Ctrl-C stops everything.
 */
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { env } from "@/lib/env";
import { resolveDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/schema-engine";
import { describeDatabaseError } from "@/lib/db/errors";
import { assertPortFree, spawnPrefixed, spawnTsx, waitForHttp } from "@/devtools/devstack/processes";
import { sandboxBaseUrls } from "@/devtools/sandbox";
import { seedDemo } from "@/devtools/devstack/seed";
import { kickOffSyncs } from "@/devtools/devstack/kick-off-syncs";
import { loadLocalSecrets } from "@/devtools/devstack/local-secrets";

const args = new Set(process.argv.slice(2));
const prod = args.has("--prod");
const appUrl = new URL(env.APP_URL);
const appPort = Number(appUrl.port || 3000);
const isLoopbackHost = (host: string) => host === "localhost" || host === "[::1]" || /^127\./.test(host);
const children: ChildProcess[] = [];
let db: Awaited<ReturnType<typeof resolveDatabase>> | undefined;

async function shutdown(code: number) {
  for (const child of children) child.kill("SIGTERM");
  await db?.close().catch(() => undefined);
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  if (args.has("--fresh") && !env.DATABASE_URL) {
    await rm(env.PGLITE_DATA_DIR, { recursive: true, force: true });
    await rm(`${env.PGLITE_DATA_DIR}.secrets.json`, { force: true });
  }
  await assertPortFree(appPort, "app");
  await assertPortFree(env.SANDBOX_PORT, "sandbox");
  await assertPortFree(env.SANDBOX_PORT + 1, "sandbox S3");
  await assertPortFree(env.EXECUTOR_PORT, "Inngest executor");

  db = await resolveDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR, port: env.PGLITE_PORT });
  const applied = await applyMigrations(db.url).catch((e: unknown) => {
    throw new Error(describeDatabaseError(e, db!.url) ?? (e as Error).message);
  });
  console.log(
    `Database: ${db.embedded ? `embedded PGlite (${env.PGLITE_DATA_DIR})` : "DATABASE_URL"}; ${applied.length} migration(s) applied.`,
  );

  const sandboxUrl = `http://127.0.0.1:${env.SANDBOX_PORT}`;
  const executorUrl = `http://127.0.0.1:${env.EXECUTOR_PORT}`;
  const childEnv: NodeJS.ProcessEnv = {
    ...loadLocalSecrets(env.PGLITE_DATA_DIR),
    // The app verifies Inngest's signature on every /api/inngest request, as in production, and
    // the executor signs with the same key: a fresh pair per start, held only by these children.
    INNGEST_SIGNING_KEY: `signkey-local-${randomBytes(32).toString("hex")}`,
    INNGEST_EVENT_KEY: randomBytes(16).toString("hex"),
    // The sandbox S3 that the demo organisation connects to is http://127.0.0.1.
    ALLOW_LOCAL_ENDPOINTS: "1",
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: db.url,
    APP_URL: appUrl.origin,
    INNGEST_BASE_URL: executorUrl,
    // Next listens on loopback only and no proxy stands in front, so the X-Forwarded-For it
    // fills in from the socket is the one hop (the sandbox YooKassa's notifications pass the
    // webhook's allowlist by it). A deployment sets its own proxy setting instead.
    ...(!process.env.TRUSTED_PROXY_HOPS && !process.env.CLIENT_IP_HEADER && isLoopbackHost(appUrl.hostname)
      ? { TRUSTED_PROXY_HOPS: "1" }
      : {}),
    // Vendor clients talk to the sandbox unless a URL was configured explicitly.
    ...Object.fromEntries(
      Object.entries({ ...sandboxBaseUrls(sandboxUrl), S3_ENDPOINT: `http://127.0.0.1:${env.SANDBOX_PORT + 1}` }).filter(
        ([k]) => !process.env[k],
      ),
    ),
  };
  // Dev mode would serve /api/inngest unsigned (and is refused in production anyway).
  delete childEnv.INNGEST_DEV;

  const sandbox = spawnTsx("sandbox", "scripts/sandbox.ts", childEnv);
  children.push(sandbox);
  await waitForHttp(`${sandboxUrl}/__sandbox/health`, { timeoutMs: 30_000, child: sandbox });

  await seedDemo({ env: { ...childEnv, SANDBOX_URL: sandboxUrl } });

  children.push(spawnTsx("executor", "scripts/executor.ts", childEnv));

  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const nextArgs = prod ? ["start", "-H", appUrl.hostname, "-p", String(appPort)] : ["dev", "-H", appUrl.hostname, "-p", String(appPort)];
  const next = spawnPrefixed("next", process.execPath, [nextBin, ...nextArgs], {
    ...childEnv,
    NODE_ENV: prod ? "production" : "development",
  });
  children.push(next);
  next.on("exit", (code) => void shutdown(code ?? 1));

  await waitForHttp(`${appUrl.origin}/api/health`, { timeoutMs: 120_000, child: next, okStatus: (s) => s === 200 });
  // The executor registers the app's functions once /api/inngest answers; then the first syncs can start.
  await waitForHttp(`${executorUrl}/health`, {
    timeoutMs: 60_000,
    okStatus: (s) => s === 200,
    until: (body) => ((body as { functions?: number } | undefined)?.functions ?? 0) > 0,
  });
  const queued = await kickOffSyncs({ databaseUrl: db.url, executorUrl });
  if (queued) console.log(`Queued ${queued} syncs of the demo shops (progress on /connections and /syncs).`);
  // The sandbox YooKassa shop notifies the app's webhook about payment changes, as the real one would.
  await fetch(`${sandboxUrl}/yookassa/__webhook`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ url: `${appUrl.origin}/api/webhooks/yookassa` }),
  });
  console.log(`\n  Ready: ${appUrl.origin}\n  Demo login: +7 999 000-00-00 (the SMS code appears in this terminal as [sandbox sms])\n`);
} catch (e) {
  console.error(`npm run dev: ${(e as Error).message}`);
  await shutdown(1);
}
