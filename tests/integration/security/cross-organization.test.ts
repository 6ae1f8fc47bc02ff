import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConnectionsHarness, type ConnectionsHarness } from "../connections/harness";

/**
 * Every data function behind a connection action or route is scoped by the caller's
 * organisation: another organisation's connection id is "not found" and nothing is written.
 * (The actions map not_found to 404 and check the role before calling these; the e2e suite
 * posts forged ids and a viewer's changes to the real endpoints.)
 */
let h: ConnectionsHarness;
let victim: { organizationId: string; connectionId: string; credentials: Record<string, string> };
let attacker: { organizationId: string; connectionId: string };

beforeAll(async () => {
  h = await startConnectionsHarness();
  victim = await h.connect("wildberries", { scale: 60 });
  attacker = await h.connect("ozon", { scale: 60 });
  await h.app.runSync({
    db: h.db,
    sql: h.sql,
    organizationId: victim.organizationId,
    connectionId: victim.connectionId,
    resource: "products",
    trigger: "manual",
    clientOptions: h.clientOptions,
  });
});
afterAll(() => h?.close());

const foreign = () => ({ organizationId: attacker.organizationId, connectionId: victim.connectionId });

describe("another organisation's connection id", () => {
  it("is not found for reads: the connection, its credentials, its runs and a single run", async () => {
    expect(await h.data.getConnection({ db: h.db, ...foreign() })).toBeNull();
    await expect(h.data.getConnectionCredentials({ db: h.db, ...foreign() })).rejects.toMatchObject({ code: "not_found" });
    expect(await h.data.listSyncRuns({ db: h.db, ...foreign() })).toEqual([]);
    const [run] = await h.data.listSyncRuns({ db: h.db, organizationId: victim.organizationId, connectionId: victim.connectionId });
    expect(run).toBeDefined();
    expect(await h.data.getSyncRun({ db: h.db, organizationId: attacker.organizationId, syncRunId: run.id })).toBeNull();
  });

  it("is refused by check, new credentials, disable, enable and delete, and nothing changes", async () => {
    const before = await h.snapshot(victim.connectionId);
    const account = await h.sandboxAccount("wildberries");
    const check = { ok: true, latencyMs: 1 };
    await expect(h.data.checkConnectionNow({ db: h.db, ...foreign() })).rejects.toMatchObject({ code: "not_found" });
    await expect(
      h.data.updateConnectionCredentials({ db: h.db, ...foreign(), credentials: account.credentials, check }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(h.data.setConnectionStatus({ db: h.db, ...foreign(), status: "disabled" })).rejects.toMatchObject({ code: "not_found" });
    await expect(h.data.setConnectionStatus({ db: h.db, ...foreign(), status: "active" })).rejects.toMatchObject({ code: "not_found" });
    await expect(h.data.deleteConnection({ db: h.db, ...foreign() })).rejects.toMatchObject({ code: "not_found" });
    expect(await h.snapshot(victim.connectionId)).toEqual(before);
    expect(await h.db.product.count({ where: { connectionId: victim.connectionId } })).toBeGreaterThan(0);
  });

  it("a forged organisation id that does not exist finds nothing either", async () => {
    const forged = { organizationId: "c-no-such-organisation", connectionId: victim.connectionId };
    expect(await h.data.getConnection({ db: h.db, ...forged })).toBeNull();
    await expect(h.data.deleteConnection({ db: h.db, ...forged })).rejects.toMatchObject({ code: "not_found" });
    expect(await h.db.connection.count({ where: { id: victim.connectionId } })).toBe(1);
  });
});

describe("what may leave the server", () => {
  it("no connection view, run or admin row carries a credential or its ciphertext", async () => {
    const row = await h.db.connection.findUniqueOrThrow({ where: { id: victim.connectionId } });
    const views = [
      await h.data.getConnection({ db: h.db, organizationId: victim.organizationId, connectionId: victim.connectionId }),
      await h.data.listSyncRuns({ db: h.db, organizationId: victim.organizationId }),
      await h.data.listConnectionsHealthAcrossOrganizations({
        db: h.db,
        filter: { page: 1, q: undefined, state: undefined, provider: undefined },
      }),
      await h.data.getConnectionForAdmin({ db: h.db, connectionId: victim.connectionId }),
    ];
    const json = JSON.stringify(views, (_k, v) => (typeof v === "bigint" ? String(v) : v));
    expect(json).toContain(victim.connectionId);
    expect(json).not.toContain(victim.credentials.token);
    expect(json).not.toContain(victim.credentials.token.slice(-40));
    expect(json).not.toContain(row.credentialsEncrypted);
  });
});
