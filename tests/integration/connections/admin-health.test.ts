import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConnectionsHarness, type ConnectionsHarness } from "./harness";

/** The admin health page's data: every organisation, filters, 24 h error rate, median latency, freshness. */
let h: ConnectionsHarness;
beforeAll(async () => {
  h = await startConnectionsHarness();
});
afterAll(() => h?.close());

const all = { page: 1, q: undefined, state: undefined, provider: undefined };

describe("listConnectionsHealthAcrossOrganizations", () => {
  it("summarises the last 24 h of checks: error rate and median latency of successful calls", async () => {
    const shop = await h.connect("ozon");
    const now = Date.now();
    const rows = [
      { ok: true, latencyMs: 100, checkedAt: new Date(now - 60_000) },
      { ok: true, latencyMs: 300, checkedAt: new Date(now - 120_000) },
      { ok: true, latencyMs: 200, checkedAt: new Date(now - 180_000) },
      { ok: false, latencyMs: null, checkedAt: new Date(now - 240_000), errorCode: "timeout" },
      // Older than the window: not counted.
      { ok: false, latencyMs: 9_000, checkedAt: new Date(now - 2 * 86_400_000), errorCode: "auth_failed" },
    ];
    await h.db.healthCheck.createMany({
      data: rows.map((r) => ({ ...r, connectionId: shop.connectionId, organizationId: shop.organizationId, source: "check" })),
    });
    const org = await h.db.organization.findUniqueOrThrow({ where: { id: shop.organizationId } });
    const page = await h.data.listConnectionsHealthAcrossOrganizations({ db: h.db, filter: { ...all, q: org.slug } });
    const row = page.rows.find((r) => r.connectionId === shop.connectionId);
    expect(row).toMatchObject({
      organizationName: org.name,
      provider: "ozon",
      checks: 4,
      failures: 1,
      errorRate: 0.25,
      p50LatencyMs: 200,
      avgLatencyMs: 200,
    });
  });

  it("filters by state, provider and organisation, across organisations", async () => {
    const wb = await h.connect("wildberries");
    const ozon = await h.connect("ozon");
    await h.control("/revoke", { vendor: "wildberries", accountKey: wb.accountKey });
    await h.data.checkConnectionNow({ db: h.db, ...wb });

    const broken = await h.data.listConnectionsHealthAcrossOrganizations({ db: h.db, filter: { ...all, state: "auth_failed" } });
    expect(broken.rows.map((r) => r.connectionId)).toContain(wb.connectionId);
    expect(broken.rows.every((r) => r.health === "auth_failed")).toBe(true);
    const wbRow = broken.rows.find((r) => r.connectionId === wb.connectionId);
    expect(wbRow).toMatchObject({ lastErrorCode: "auth_failed", failures: 1 });

    const ozonOnly = await h.data.listConnectionsHealthAcrossOrganizations({ db: h.db, filter: { ...all, provider: "ozon" } });
    expect(ozonOnly.rows.every((r) => r.provider === "ozon")).toBe(true);
    const ozonOrg = await h.db.organization.findUniqueOrThrow({ where: { id: ozon.organizationId } });
    const byName = await h.data.listConnectionsHealthAcrossOrganizations({ db: h.db, filter: { ...all, q: ozonOrg.name.toUpperCase() } });
    expect(byName.rows.map((r) => r.connectionId)).toEqual([ozon.connectionId]);
  });

  it("shows each resource's freshness from its cursor after a sync", async () => {
    const shop = await h.connect("wildberries");
    await h.app.runSync({ db: h.db, sql: h.sql, ...shop, resource: "products", trigger: "manual", clientOptions: h.clientOptions });
    const org = await h.db.organization.findUniqueOrThrow({ where: { id: shop.organizationId } });
    const [row] = (await h.data.listConnectionsHealthAcrossOrganizations({ db: h.db, filter: { ...all, q: org.slug } })).rows;
    expect(row.freshness).toEqual([{ resource: "products", lastSuccessAt: expect.any(Date) }]);

    const detail = await h.data.getConnectionForAdmin({ db: h.db, connectionId: shop.connectionId });
    expect(detail?.runs[0]).toMatchObject({ resource: "products", status: "succeeded" });
    expect(detail?.connection.organization.slug).toBe(org.slug);
    expect(await h.data.getConnectionForAdmin({ db: h.db, connectionId: "c-missing" })).toBeNull();
  });
});
