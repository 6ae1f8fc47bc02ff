import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConnectionsHarness, type ConnectionsHarness } from "./harness";

/** Check, new credentials, disable/enable and delete of a connection, against the sandbox and a real database. */
let h: ConnectionsHarness;
beforeAll(async () => {
  h = await startConnectionsHarness();
});
afterAll(() => h?.close());

describe("check now", () => {
  it("records a passing check with latency, expiry and the token's categories", async () => {
    const shop = await h.connect("wildberries");
    const { check } = await h.data.checkConnectionNow({ db: h.db, ...shop });
    expect(check.ok).toBe(true);
    const row = await h.db.connection.findUniqueOrThrow({ where: { id: shop.connectionId } });
    expect(row.health).toBe("healthy");
    expect(row.scopes).toEqual(expect.arrayContaining(["content", "statistics", "analytics", "marketplace"]));
    expect(row.tokenExpiresAt).not.toBeNull();
    expect(await h.db.healthCheck.count({ where: { connectionId: shop.connectionId, source: "check", ok: true } })).toBeGreaterThan(0);
  });

  it("turns a revoked token into auth_failed, with a recorded transition and error", async () => {
    const shop = await h.connect("wildberries");
    await h.control("/revoke", { vendor: "wildberries", accountKey: shop.accountKey });
    const { check, transition } = await h.data.checkConnectionNow({ db: h.db, ...shop });
    expect(check.ok).toBe(false);
    expect(check.error?.code).toBe("auth_failed");
    expect(transition).toMatchObject({ toState: "auth_failed" });
    const row = await h.db.connection.findUniqueOrThrow({ where: { id: shop.connectionId } });
    expect(row).toMatchObject({ health: "auth_failed", lastErrorCode: "auth_failed", consecutiveFailures: 1 });
  });
});

describe("new credentials", () => {
  it("replaces an Ozon key of the same shop: new hint, old failures cleared", async () => {
    const shop = await h.connect("ozon");
    await h.db.connection.update({ where: { id: shop.connectionId }, data: { consecutiveFailures: 3, lastErrorCode: "auth_failed" } });
    const before = await h.db.connection.findUniqueOrThrow({ where: { id: shop.connectionId } });
    const updated = await h.data.updateConnectionCredentials({
      db: h.db,
      ...shop,
      credentials: shop.credentials,
      check: { ok: true, latencyMs: 5 },
    });
    expect(updated).toMatchObject({
      consecutiveFailures: 0,
      lastErrorCode: null,
      credentialsHint: { clientId: shop.credentials.clientId, apiKey: `••••${shop.credentials.apiKey.slice(-4)}` },
    });
    const after = await h.db.connection.findUniqueOrThrow({ where: { id: shop.connectionId } });
    // Re-encrypted with a fresh IV, and the credentials still decrypt to the same values.
    expect(after.credentialsEncrypted).not.toBe(before.credentialsEncrypted);
    expect(await h.data.getConnectionCredentials({ db: h.db, ...shop })).toEqual(shop.credentials);
  });

  it("refuses a token of another seller: two shops' data must not mix under one connection", async () => {
    const shop = await h.connect("wildberries");
    const other = await h.sandboxAccount("wildberries");
    const before = await h.snapshot(shop.connectionId);
    await expect(
      h.data.updateConnectionCredentials({ db: h.db, ...shop, credentials: other.credentials, check: { ok: true, latencyMs: 5 } }),
    ).rejects.toMatchObject({ code: "invalid_credentials" });
    expect(await h.snapshot(shop.connectionId)).toEqual(before);
  });
});

describe("disable and enable", () => {
  it("disables with a transition and re-enables from a clean slate", async () => {
    const shop = await h.connect("ozon");
    const disabled = await h.data.setConnectionStatus({ db: h.db, ...shop, status: "disabled" });
    expect(disabled.connection).toMatchObject({ status: "disabled", health: "disabled", disabledReason: "manual" });
    expect(disabled.transition).toMatchObject({ toState: "disabled" });
    // Disabling twice changes nothing and records no second transition.
    expect((await h.data.setConnectionStatus({ db: h.db, ...shop, status: "disabled" })).transition).toBeNull();

    const enabled = await h.data.setConnectionStatus({ db: h.db, ...shop, status: "active" });
    expect(enabled.connection).toMatchObject({ status: "active", health: "unknown", disabledReason: null, consecutiveFailures: 0 });
    const { check } = await h.data.checkConnectionNow({ db: h.db, ...shop });
    expect(check.ok).toBe(true);
    expect((await h.db.connection.findUniqueOrThrow({ where: { id: shop.connectionId } })).health).toBe("healthy");
    expect(await h.db.healthTransition.count({ where: { connectionId: shop.connectionId } })).toBeGreaterThanOrEqual(3);
  });
});

describe("delete", () => {
  it("deletes the connection, its runs and the rows synced through it, and only those", async () => {
    const shop = await h.connect("wildberries");
    const neighbour = await h.connect("wildberries");
    for (const s of [shop, neighbour])
      await h.app.runSync({ db: h.db, sql: h.sql, ...s, resource: "products", trigger: "manual", clientOptions: h.clientOptions });
    expect(await h.db.product.count({ where: { connectionId: shop.connectionId } })).toBeGreaterThan(0);
    const neighbourProducts = await h.db.product.count({ where: { connectionId: neighbour.connectionId } });

    await h.data.deleteConnection({ db: h.db, ...shop });
    expect(await h.db.connection.count({ where: { id: shop.connectionId } })).toBe(0);
    expect(await h.db.product.count({ where: { connectionId: shop.connectionId } })).toBe(0);
    expect(await h.db.syncRun.count({ where: { connectionId: shop.connectionId } })).toBe(0);
    expect(await h.db.syncCursor.count({ where: { connectionId: shop.connectionId } })).toBe(0);
    expect(await h.db.product.count({ where: { connectionId: neighbour.connectionId } })).toBe(neighbourProducts);
  });
});

describe("sync runs for the progress poll", () => {
  it("lists a connection's runs queued since an instant, newest first, filtered by status", async () => {
    const shop = await h.connect("wildberries");
    const before = new Date(Date.now() - 1000);
    await h.app.runSync({ db: h.db, sql: h.sql, ...shop, resource: "products", trigger: "manual", clientOptions: h.clientOptions });
    await h.app.runSync({ db: h.db, sql: h.sql, ...shop, resource: "orders", trigger: "manual", clientOptions: h.clientOptions });
    const runs = await h.data.listSyncRuns({ db: h.db, ...shop, since: before });
    expect(runs.map((r) => r.resource)).toEqual(["orders", "products"]);
    expect(runs[0]).toMatchObject({ status: "succeeded", progress: 1 });
    expect(runs[1].rowsFetched).toBeGreaterThan(0);
    expect(await h.data.listSyncRuns({ db: h.db, ...shop, status: "failed" })).toEqual([]);
    expect(await h.data.listSyncRuns({ db: h.db, ...shop, since: new Date(Date.now() + 60_000) })).toEqual([]);
  });
});
