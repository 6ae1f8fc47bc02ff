/**
 * `npm run bench:sync`: WB orders from the sandbox into a real PostgreSQL server, end to end
 * (fetch, validate, map, batched upsert, cursor per page), at 1M rows (BENCH_ROWS to scale it
 * down). In the same run, the seeds' approach — one Prisma `upsert` per row in a loop — on a
 * 20k-row subset of the same orders. Last line:
 *   sync-bench: rows=<n> rows_per_s=<x> peak_rss_mb=<y> speedup_vs_per_row=<z>
 */
import { spawn } from "node:child_process";
import { PerformanceObserver } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { startPostgres } from "../support/postgres-server";

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const naiveRows = Math.min(20_000, rows);
const log = (line: string) => process.stderr.write(`${line}\n`);

async function startVendor(): Promise<{ url: string; token: string; accountKey: string; stop(): void }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/bench/sync-sandbox.ts", String(rows)], {
    env: { ...process.env, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  for await (const line of lines) {
    const [word, url, token, accountKey] = line.split(" ");
    if (word === "ready") return { url, token, accountKey, stop: () => child.kill("SIGTERM") };
  }
  throw new Error("the sandbox did not start");
}

/** Runs a tool in a child process with this process's environment (set below). */
async function runChild(args: string[]): Promise<void> {
  const child = spawn(process.execPath, args, { env: process.env, stdio: ["ignore", "ignore", "inherit"] });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`${args.slice(2).join(" ")} failed (exit ${code})`);
}

/** Migrations run in a child process: the schema engine's WASM would otherwise count towards our peak RSS. */
const migrate = () => runChild(["--import", "tsx", "scripts/db-migrate.ts"]);

// A production server would give PostgreSQL far more than the default 128 MB of shared buffers.
const postgres = await startPostgres({ settings: { shared_buffers: "1GB", max_wal_size: "4GB", checkpoint_timeout: "30min" } });
const vendor = await startVendor();
try {
  // lib/env reads the vendor URLs once, at first import: set them, then load the app.
  Object.assign(process.env, {
    DATABASE_URL: postgres.url,
    LOG_LEVEL: "warn",
    ...Object.fromEntries(
      ["CONTENT", "STATISTICS", "ANALYTICS", "MARKETPLACE", "COMMON"].map((h) => [
        `WB_${h}_API_URL`,
        `${vendor.url}/wb/${h.toLowerCase()}`,
      ]),
    ),
  });
  const { createPrismaClient, createSqlPool } = await import("@/lib/db/client");
  const { runSync } = await import("@/lib/sync/run-sync");
  const { setClientRateLimitsEnabled } = await import("@/lib/integrations/core");
  const { connectWildberries } = await import("@/lib/integrations/wildberries/client");
  const { fetchStatisticsPage } = await import("@/lib/integrations/wildberries/statistics-page");
  const { ordersResponseSchema } = await import("@/lib/integrations/wildberries/schemas");
  const { mapWbOrder } = await import("@/lib/sync/mappers/wildberries");
  const { Prisma } = await import("@/lib/generated/prisma/client");

  await migrate();
  const db = createPrismaClient(postgres.url, { max: 4 });
  const sql = createSqlPool(postgres.url);
  setClientRateLimitsEnabled(false);
  log(`${postgres.version}; sandbox ${vendor.url}; ${rows} orders`);

  const org = await db.organization.create({ data: { slug: `bench-${Date.now()}`, name: "Benchmark" } });
  // Connected through the ops CLI in a child process (live check included): the integration
  // registry it loads (every provider, the S3 SDK…) is not part of the sync's memory.
  await runChild([
    "--conditions=react-server",
    "--import",
    "tsx",
    "scripts/cli.ts",
    "connection",
    "add",
    "--org",
    org.slug,
    "--provider",
    "wildberries",
    "--token",
    vendor.token,
  ]);
  const connection = await db.connection.findFirstOrThrow({ where: { organizationId: org.id, provider: "wildberries" } });

  const before = process.memoryUsage();
  log(
    `before the sync: rss ${Math.round(before.rss / 2 ** 20)} MB, heap ${Math.round(before.heapUsed / 2 ** 20)} MB, external ${Math.round(before.external / 2 ** 20)} MB`,
  );
  let gcMs = 0;
  const gcObserver = new PerformanceObserver((list) => list.getEntries().forEach((e) => (gcMs += e.duration)));
  gcObserver.observe({ entryTypes: ["gc"] });
  let sampledPeak = 0;
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss)), 5);
  // The batched sync, streamed page by page (80 000 rows per WB page).
  const started = performance.now();
  const summary = await runSync({
    db,
    sql,
    organizationId: org.id,
    connectionId: connection.id,
    resource: "orders",
    trigger: "cli",
    clientOptions: { wildberries: { rateLimits: [], timeoutMs: 300_000 } },
    onPage: (p) => {
      const m = process.memoryUsage();
      log(
        `  page ${p.pages} at ${((performance.now() - started) / 1000).toFixed(1)} s: ${p.fetched} rows, rss ${Math.round(m.rss / 2 ** 20)} MB, heap ${Math.round(m.heapUsed / 2 ** 20)} MB, external ${Math.round(m.external / 2 ** 20)} MB`,
      );
    },
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  gcObserver.disconnect();
  log(`sampled peak during the sync: ${Math.round(sampledPeak / 2 ** 20)} MB; garbage collection ${(gcMs / 1000).toFixed(1)} s`);
  if (summary.status !== "succeeded") throw new Error(`sync failed: ${summary.errorCode} ${summary.errorMessage}`);
  const stored = await db.order.count({ where: { connectionId: connection.id } });
  const vendorSummary = (await (await fetch(`${vendor.url}/__sandbox/summary`)).json()) as {
    vendors: { wildberries: Record<string, { orders: number }> };
  };
  const expected = vendorSummary.vendors.wildberries[vendor.accountKey].orders;
  if (stored !== expected || summary.inserted !== expected)
    throw new Error(`stored ${stored} orders (inserted ${summary.inserted}), the vendor has ${expected}`);
  const rowsPerS = summary.fetched / seconds;
  // The process's peak so far: start-up plus the whole sync (the naive part below is not counted).
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  log(`batched: ${summary.fetched} rows in ${seconds.toFixed(1)} s = ${Math.round(rowsPerS)} rows/s (${summary.pages} pages)`);

  // The naive approach on a subset of the same data, into a fresh connection (so every row inserts).
  const wb = connectWildberries({ token: vendor.token }, { rateLimits: [], timeoutMs: 300_000 });
  const firstPage = await fetchStatisticsPage(wb, "/api/v1/supplier/orders", "2020-01-01", ordersResponseSchema, mapWbOrder);
  const subset = [...firstPage.slices].flat().slice(0, naiveRows);
  const naiveConnection = await db.connection.create({
    data: {
      organizationId: org.id,
      provider: "wildberries",
      name: "naive",
      accountKey: "naive",
      credentialsEncrypted: "v1.none",
      credentialsHint: {},
    },
  });
  const naiveStarted = performance.now();
  for (const row of subset) {
    const data = { ...row, amount: new Prisma.Decimal(row.amount) };
    await db.order.upsert({
      where: { connectionId_externalId_lineKey: { connectionId: naiveConnection.id, externalId: row.externalId, lineKey: row.lineKey } },
      create: { ...data, organizationId: org.id, connectionId: naiveConnection.id, marketplace: "wildberries" },
      update: data,
    });
  }
  const naiveSeconds = (performance.now() - naiveStarted) / 1000;
  const naivePerS = subset.length / naiveSeconds;
  log(`per-row upsert: ${subset.length} rows in ${naiveSeconds.toFixed(1)} s = ${Math.round(naivePerS)} rows/s`);

  await sql.end();
  await db.$disconnect();
  process.stdout.write(
    `sync-bench: rows=${summary.fetched} rows_per_s=${Math.round(rowsPerS)} peak_rss_mb=${Math.round(peakRssMb)} speedup_vs_per_row=${(rowsPerS / naivePerS).toFixed(1)}\n`,
  );
} finally {
  vendor.stop();
  postgres.stop();
}
