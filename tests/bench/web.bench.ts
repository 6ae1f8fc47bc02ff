/**
 * `npm run bench:web`: the overview and the orders list of a seller with 1M orders and 100k
 * products, over HTTP on loopback against `next start` and a real PostgreSQL, and the same
 * queries run directly in SQL as the floor. Stops by itself and cleans up.
 *
 * Knobs (environment): WEB_BENCH_SECONDS (per measurement, default 15), WEB_BENCH_CONNECTIONS
 * (concurrent clients for both HTTP and SQL, default 1), WEB_BENCH_BUILD (auto|always|never).
 * One client by default: a Node process runs one request's CPU work at a time while PostgreSQL
 * spreads concurrent queries over cores, so at higher concurrency the HTTP figure mostly
 * measures queueing in one event loop; at 1 both sides measure the latency of one request.
 * The floor is the page's queries written directly in SQL, run as the page runs them: the
 * session's user and memberships lookups in parallel (as requireMembership does), then the
 * view's own queries (two aggregations; page + count) in parallel.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { sessionExpiry, sessionPolicy } from "@/lib/auth/session-policy";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/schema-engine";
import { createSession } from "@/lib/data/sessions/create-session";
import { ordersPageSql, ordersSummarySql } from "@/lib/data/orders/orders-sql";
import { ordersPerDaySql, salesPerDaySql } from "@/lib/data/overview/overview-sql";
import { previousRange } from "@/lib/validations/list-params";
import { parseOrdersParams } from "@/lib/validations/orders";
import { parseOverviewParams } from "@/lib/validations/overview";
import { startPostgres, type RunningPostgres } from "@/tests/support/postgres-server";
import { measureHttp, measureLoop, type Latency } from "@/tests/bench/web-measure";
import { seedSeller } from "@/tests/bench/web-seed";
import { ensureBuild, startApp, type RunningApp } from "@/tests/bench/web-server";

const SECONDS = Number(process.env.WEB_BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.WEB_BENCH_CONNECTIONS ?? 1);
const BUILD = process.env.WEB_BENCH_BUILD ?? "auto";
const WATCHDOG_MS = 20 * 60_000;
const SESSION_COOKIE = "authjs.session-token";

const log = (line: string) => console.log(`[web-bench] ${line}`);
const ms = (v: number) => v.toFixed(1);

let postgres: RunningPostgres | undefined;
let app: RunningApp | undefined;
let pool: pg.Pool | undefined;

async function cleanup() {
  await app?.stop().catch(() => {});
  await pool?.end().catch(() => {});
  try {
    postgres?.stop();
  } catch {
    // already gone
  }
}

const watchdog = setTimeout(() => {
  console.error(`[web-bench] gave up after ${WATCHDOG_MS / 60_000} min`);
  void cleanup().finally(() => process.exit(1));
}, WATCHDOG_MS);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanup().finally(() => process.exit(130)));

async function main() {
  postgres = await startPostgres();
  log(`PostgreSQL: ${postgres.version}`);
  await applyMigrations(postgres.url);
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  const seller = await seedSeller(client, log);
  await client.end();
  // The cookie names a server-side session, opened as a sign-in would (lib/auth/start-session.ts).
  const db = createPrismaClient(postgres.url, { max: 1 });
  const signedInAt = new Date();
  const session = await createSession({
    db,
    userId: seller.userId,
    now: signedInAt,
    expiresAt: sessionExpiry(signedInAt, sessionPolicy()),
  });
  await db.$disconnect();

  ensureBuild(BUILD, log);
  const secret = randomBytes(32).toString("base64url");
  app = await startApp({ DATABASE_URL: postgres.url, AUTH_SECRET: secret, LOG_LEVEL: "warn" }, log);
  const token = await encode({
    token: { sub: seller.userId, phone: seller.phone, sid: session.id },
    secret,
    salt: SESSION_COOKIE,
    maxAge: 3600,
  });
  const cookie = `${SESSION_COOKIE}=${token}; locale=ru`;

  const overviewUrl = `${app.url}/overview`;
  const ordersUrl = `${app.url}/orders`;
  await expectPage(overviewUrl, cookie, ["Выручка", "Заказы по дням"]);
  await expectPage(ordersUrl, cookie, ["srid-999999"]);
  for (let i = 0; i < 10; i++) await Promise.all([fetch(overviewUrl, { headers: { cookie } }), fetch(ordersUrl, { headers: { cookie } })]);

  pool = new pg.Pool({ connectionString: postgres.url, max: 10 });
  const now = new Date();
  const { range } = parseOverviewParams({}, now);
  const previous = previousRange(range);
  const orderParams = parseOrdersParams({}, now);
  const overviewQueries = [
    ordersPerDaySql(seller.organizationId, previous.start, range.end),
    salesPerDaySql(seller.organizationId, previous.start, range.end),
  ];
  const orderQueries = [ordersPageSql(seller.organizationId, orderParams), ordersSummarySql(seller.organizationId, orderParams)];
  // As requireMembership runs them: the user and their memberships at once (the active
  // organisation is picked from the memberships), then the view's own queries at once.
  const sessionLookups = [
    { text: `SELECT id, phone, name, email, locale, "isPlatformAdmin" FROM "User" WHERE id = $1`, values: [seller.userId] },
    {
      text: `SELECT m.id, m.role, m."organizationId", o.name, o.slug FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId" WHERE m."userId" = $1 ORDER BY m."createdAt"`,
      values: [seller.userId],
    },
  ];
  const runAll = async (queries: typeof overviewQueries) => {
    await Promise.all(sessionLookups.map((lookup) => pool!.query(lookup.text, lookup.values)));
    return Promise.all(queries.map((q) => pool!.query(q.text, q.values)));
  };
  await runAll(overviewQueries);
  await runAll(orderQueries);

  const opts = { connections: CONNECTIONS, seconds: SECONDS };
  log(`measuring ${SECONDS} s each, ${CONNECTIONS} concurrent clients`);
  const overviewHttp = await measureHttp({ url: overviewUrl, cookie, ...opts });
  const overviewSql = await measureLoop(() => runAll(overviewQueries), { concurrency: CONNECTIONS, seconds: SECONDS });
  const ordersHttp = await measureHttp({ url: ordersUrl, cookie, ...opts });
  const ordersSql = await measureLoop(() => runAll(orderQueries), { concurrency: CONNECTIONS, seconds: SECONDS });

  const row = (name: string, l: Latency) =>
    log(`${name.padEnd(22)} p50=${ms(l.p50).padStart(7)} ms  p95=${ms(l.p95).padStart(7)} ms  n=${l.count}`);
  row("overview HTTP", overviewHttp);
  row("overview SQL floor", overviewSql);
  row("orders list HTTP", ordersHttp);
  row("orders list SQL floor", ordersSql);
  const r1 = overviewHttp.p95 / overviewSql.p95;
  const r2 = ordersHttp.p95 / ordersSql.p95;
  const verdict = overviewHttp.p95 < 300 && ordersHttp.p95 < 150 && r1 <= 2 && r2 <= 2;
  log(`targets (overview p95 < 300 ms, orders p95 < 150 ms, ratios ≤ 2): ${verdict ? "met" : "NOT met"}`);
  console.log(
    `web-bench: overview_p95_ms=${ms(overviewHttp.p95)} orders_p95_ms=${ms(ordersHttp.p95)} overview_vs_sql=${r1.toFixed(2)} orders_vs_sql=${r2.toFixed(2)}`,
  );
}

async function expectPage(url: string, cookie: string, texts: string[]) {
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status} ${res.headers.get("location") ?? ""}`);
  for (const text of texts) if (!body.includes(text)) throw new Error(`${url} does not show "${text}"`);
}

main()
  .then(async () => {
    clearTimeout(watchdog);
    await cleanup();
  })
  .catch(async (error) => {
    clearTimeout(watchdog);
    console.error(error);
    await cleanup();
    process.exitCode = 1;
  });
