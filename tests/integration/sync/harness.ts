import { freePort } from "../../support/free-port";
import type { RunningSandbox } from "@/devtools/sandbox/core/server";
import type { SyncResourceName } from "@/lib/connections/sync-resources";
import type { SqlPool } from "@/lib/db/client";
import type { RunSyncOptions } from "@/lib/sync/run-sync";
import { testDatabaseUrl, testDb, uniqueSuffix } from "../../support/database";

/**
 * A sandbox (fake WB and Ozon, manual clock) plus the app modules loaded with their base URLs
 * pointed at it. lib/env reads the environment once, when first imported (the sandbox imports
 * it too), so the port is chosen first, the variables set, and only then is anything of the
 * app imported: one harness per test file.
 */
/**
 * The sandbox clock is frozen (manual) so its summary holds still, but at the real current time:
 * the sync computes its windows from the database clock, as it would against a real vendor.
 */
export const sandboxStart = () => new Date(Math.floor(Date.now() / 1000) * 1000);

/** The sandbox mounts (kept literal here: importing the sandbox would load lib/env too early). */
export function sandboxEnv(url: string): Record<string, string> {
  return {
    WB_CONTENT_API_URL: `${url}/wb/content`,
    WB_STATISTICS_API_URL: `${url}/wb/statistics`,
    WB_ANALYTICS_API_URL: `${url}/wb/analytics`,
    WB_MARKETPLACE_API_URL: `${url}/wb/marketplace`,
    WB_COMMON_API_URL: `${url}/wb/common`,
    OZON_API_URL: `${url}/ozon`,
  };
}

async function loadApp() {
  const [database, connections, runSync, resources, bulk, core] = await Promise.all([
    import("@/lib/db/client"),
    import("@/lib/data/connections/create-connection"),
    import("@/lib/sync/run-sync"),
    import("@/lib/connections/sync-resources"),
    import("@/lib/data/sync/upsert/bulk-upsert"),
    import("@/lib/integrations/core"),
  ]);
  return { ...database, ...connections, ...runSync, ...resources, ...bulk, ...core };
}

export type App = Awaited<ReturnType<typeof loadApp>>;
export type Provider = "wildberries" | "ozon";
export interface Counts {
  products: number;
  stocks: number;
  orders: number;
  sales: number;
}

export interface SyncHarness {
  sandbox: RunningSandbox;
  app: App;
  db: ReturnType<typeof testDb>;
  control(path: string, body?: unknown): Promise<Response>;
  /** A fresh sandbox seller account (its own data volume) connected to a fresh organisation. */
  connect(
    provider: Provider,
    options?: { scale?: number },
  ): Promise<{ organizationId: string; connectionId: string; accountKey: string; credentials: Record<string, string> }>;
  summary(provider: Provider, accountKey: string): Promise<Record<string, number>>;
  /** One foreground sync of a connected shop, as the CLI runs it, with the test client options. */
  /** The bulk-write pool the sync's pages go through, on the test database. */
  sql: SqlPool;
  sync(
    conn: { organizationId: string; connectionId: string },
    resource: SyncResourceName,
    options?: Partial<Omit<RunSyncOptions, "db" | "sql">>,
  ): ReturnType<App["runSync"]>;
  /** Client options for tests: short timeouts, no client-side rate limits (the sandbox enforces none here). */
  clientOptions: { wildberries: { rateLimits: []; timeoutMs: number }; ozon: { rateLimits: []; timeoutMs: number } };
  close(): Promise<void>;
}

export async function startSyncHarness(options: { faults?: string; scale?: number } = {}): Promise<SyncHarness> {
  const port = await freePort();
  // DATABASE_URL: the app's own database (lib/db, used by the Inngest functions) is the test database.
  Object.assign(process.env, sandboxEnv(`http://127.0.0.1:${port}`), {
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    DATABASE_URL: testDatabaseUrl(),
  });
  const [{ startSandbox }, { createWildberriesSandbox }, { createOzonSandbox }] = await Promise.all([
    import("@/devtools/sandbox/core/server"),
    import("@/devtools/sandbox/wildberries"),
    import("@/devtools/sandbox/ozon"),
  ]);
  const sandbox = await startSandbox({
    port,
    vendors: [createWildberriesSandbox(), createOzonSandbox()],
    seed: 11,
    scale: options.scale ?? 300,
    rateLimits: "off",
    clock: "manual",
    startAt: sandboxStart(),
    faults: options.faults,
    faultTimeoutMs: 1_500,
  });
  const app = await loadApp();
  const db = testDb();
  const sql = app.createSqlPool(testDatabaseUrl());
  const control = (path: string, body?: unknown) =>
    fetch(
      `${sandbox.url}/__sandbox${path}`,
      body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    );

  const clientOptions: SyncHarness["clientOptions"] = {
    wildberries: { rateLimits: [], timeoutMs: 1_000 },
    ozon: { rateLimits: [], timeoutMs: 1_000 },
  };
  return {
    sandbox,
    app,
    db,
    sql,
    control,
    clientOptions,
    async connect(provider, { scale } = {}) {
      const res = await control("/accounts", { vendor: provider, scale: scale ?? options.scale ?? 300 });
      if (res.status !== 201) throw new Error(`sandbox account: ${res.status} ${await res.text()}`);
      const account = (await res.json()) as { accountKey: string; credentials: Record<string, string> };
      const s = uniqueSuffix();
      const org = await db.organization.create({ data: { slug: `sync-${s}`, name: `Sync ${s}` } });
      // The live check runs against the sandbox without faults, as a person connecting would.
      const faults = options.faults;
      if (faults) sandbox.setFaults("");
      try {
        const { connection } = await app.createConnection({ db, organizationId: org.id, provider, credentials: account.credentials });
        return { organizationId: org.id, connectionId: connection.id, accountKey: account.accountKey, credentials: account.credentials };
      } finally {
        if (faults) sandbox.setFaults(faults);
      }
    },
    async summary(provider, accountKey) {
      const body = (await (await control("/summary")).json()) as { vendors: Record<string, Record<string, Record<string, number>>> };
      return body.vendors[provider][accountKey];
    },
    sync(conn, resource, extra = {}) {
      const { organizationId, connectionId } = conn;
      return app.runSync({ db, sql, organizationId, connectionId, resource, trigger: "cli", clientOptions, ...extra });
    },
    async close() {
      await sql.end();
      await db.$disconnect();
      await sandbox.close();
    },
  };
}

/** What the database holds for a connection, counted the way the sandbox summary counts. */
export async function storedCounts(db: ReturnType<typeof testDb>, connectionId: string) {
  const [row] = await db.$queryRawUnsafe<Array<Record<string, number>>>(
    `SELECT
       (SELECT count(*)::int FROM "Product" WHERE "connectionId" = $1) AS products,
       (SELECT count(*)::int FROM "Stock" WHERE "connectionId" = $1) AS stocks,
       (SELECT count(*)::int FROM "Order" WHERE "connectionId" = $1) AS order_lines,
       (SELECT count(DISTINCT "externalId")::int FROM "Order" WHERE "connectionId" = $1) AS orders,
       (SELECT count(*)::int FROM "Sale" WHERE "connectionId" = $1) AS sale_lines,
       (SELECT count(DISTINCT "externalId")::int FROM "Sale" WHERE "connectionId" = $1) AS sales,
       (SELECT count(*)::int FROM "StockSnapshot" WHERE "connectionId" = $1) AS snapshots`,
    connectionId,
  );
  return row;
}
