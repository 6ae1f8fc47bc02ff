import { randomInt } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { RunningSandbox } from "@/devtools/sandbox/core/server";
import type { YooKassaSandbox } from "@/devtools/sandbox/yookassa";
import { testDatabaseUrl, testDb, uniqueSuffix } from "../../support/database";
import { freePort } from "../../support/free-port";

/**
 * The YooKassa sandbox over HTTP, the app's payment code pointed at it (lib/env is read once,
 * so the settings are made before anything of the app loads), a real database, and the real
 * webhook route handler served on 127.0.0.1 in front of one of two networks:
 * - "proxy" (default): the deployment's reverse proxy, configured as CLIENT_IP_HEADER=x-real-ip.
 *   It overwrites X-Real-IP with the peer it saw, whatever the sender wrote. A test plays a
 *   sender on another network with `notify(body, headers, { from })`: that is the peer the
 *   proxy sees (everything in this test really connects from loopback).
 * - "none": `next start` exposed directly with no proxy setting: X-Forwarded-For is filled in
 *   from the socket only when the request arrived without one.
 */
const PEER_HEADER = "x-harness-peer";

export async function startPaymentsHarness(options: { network?: "proxy" | "none" } = {}) {
  const network = options.network ?? "proxy";
  const port = await freePort();
  // The webhook route uses the app's database (lib/db), so it is pointed at the test database too.
  Object.assign(process.env, {
    DATABASE_URL: testDatabaseUrl(),
    YOOKASSA_API_URL: `http://127.0.0.1:${port}/yookassa`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
  });
  delete process.env.TRUSTED_PROXY_HOPS;
  if (network === "proxy") process.env.CLIENT_IP_HEADER = "x-real-ip";
  else delete process.env.CLIENT_IP_HEADER;
  const [{ startSandbox }, { createYooKassaSandbox }, connections, create, list, route] = await Promise.all([
    import("@/devtools/sandbox/core/server"),
    import("@/devtools/sandbox/yookassa"),
    import("@/lib/data/connections/create-connection"),
    import("@/lib/data/payments/create-payment"),
    import("@/lib/data/payments/list-payments"),
    import("@/app/api/webhooks/yookassa/route"),
  ]);
  const vendor: YooKassaSandbox = createYooKassaSandbox();
  // Shop and payment ids derive from the seed: test files run side by side on one database, so each
  // harness draws its own, or two files' payments would share an id.
  const seed = randomInt(1, 2 ** 31);
  const sandbox: RunningSandbox = await startSandbox({ port, vendors: [vendor], rateLimits: "off", clock: "real", seed });
  const db = testDb();

  const webhook: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers(req.headers as Record<string, string>);
    const peer = headers.get(PEER_HEADER) ?? req.socket.remoteAddress ?? "";
    headers.delete(PEER_HEADER);
    if (network === "proxy") headers.set("x-real-ip", peer);
    else if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", peer);
    const answer = await route.POST(new Request(`http://127.0.0.1${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }));
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(await answer.text());
  });
  await new Promise<void>((resolve) => webhook.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/api/webhooks/yookassa`;

  /** A fresh organisation with a fresh sandbox shop connected, subscribed to the webhook. */
  async function organizationWithShop() {
    const res = await fetch(`${sandbox.url}/__sandbox/accounts`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ vendor: "yookassa" }),
    });
    if (res.status !== 201) throw new Error(`sandbox account: ${res.status}`);
    const account = (await res.json()) as { accountKey: string; credentials: { shopId: string; secretKey: string } };
    const s = uniqueSuffix();
    const org = await db.organization.create({ data: { slug: `pay-${s}`, name: `Pay ${s}` } });
    const { connection } = await connections.createConnection({
      db,
      organizationId: org.id,
      provider: "yookassa",
      credentials: account.credentials,
    });
    await fetch(`${sandbox.url}/yookassa/__webhook`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: webhookUrl, shopId: account.accountKey }),
    });
    return { organizationId: org.id, connectionId: connection.id, shopId: account.accountKey, credentials: account.credentials };
  }

  /**
   * Posts a notification body to the webhook, as the sandbox would (or as a forger would);
   * `from` is the sender's address as the network sees it (loopback, like the sandbox, unless set).
   */
  function notify(body: unknown, headers: Record<string, string> = {}, via: { from?: string } = {}) {
    return fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers, ...(via.from ? { [PEER_HEADER]: via.from } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  }

  return {
    sandbox,
    vendor,
    db,
    data: { ...create, ...list },
    organizationWithShop,
    notify,
    returnUrl: "http://127.0.0.1:3000/settings/billing?payment={paymentId}",
    async close() {
      webhook.closeAllConnections();
      await new Promise<void>((resolve) => webhook.close(() => resolve()));
      await db.$disconnect();
      await sandbox.close();
    },
  };
}

export type PaymentsHarness = Awaited<ReturnType<typeof startPaymentsHarness>>;
