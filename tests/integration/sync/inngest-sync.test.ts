import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storedCounts } from "./harness";
import { startInngestHarness } from "./inngest-harness";

/**
 * The sync and health functions end to end: real SDK, real executor, real sandbox and database.
 * "Sync now" fills the database; a revoked token fails the run on the first 401, moves the
 * connection to auth_failed, records and alerts the transition, and drops it from the schedule.
 */
let h: Awaited<ReturnType<typeof startInngestHarness>>;
beforeAll(async () => {
  h = await startInngestHarness({ scale: 300 });
});
afterAll(() => h?.close());

const responses = async (vendor: string) =>
  ((await (await h.control("/stats")).json()) as { responses: Record<string, Record<string, number>> }).responses[vendor] ?? {};

describe("the sync-resource function through the local executor", () => {
  it("syncs every resource of an Ozon connection on sync.requested, one step per page", async () => {
    const conn = await h.connect("ozon");
    for (const resource of h.app.SYNC_RESOURCES) {
      const [run] = await h.runToEnd("sync.requested", {
        organizationId: conn.organizationId,
        connectionId: conn.connectionId,
        resource,
        trigger: "manual",
      });
      expect(run.status).toBe("Completed");
    }
    const expected = await h.summary("ozon", conn.accountKey);
    const stored = await storedCounts(h.db, conn.connectionId);
    expect([stored.products, stored.stocks, stored.orders, stored.sales, stored.order_lines]).toEqual([
      expected.products,
      expected.stocks,
      expected.orders,
      expected.sales,
      expected.order_lines,
    ]);
    const runs = await h.db.syncRun.findMany({ where: { connectionId: conn.connectionId }, orderBy: { queuedAt: "asc" } });
    expect(runs.map((r) => [r.resource, r.status, r.trigger])).toEqual(h.app.SYNC_RESOURCES.map((r) => [r, "succeeded", "manual"]));
    const orders = runs.find((r) => r.resource === "orders")!;
    // 300 postings at 100 per page, split over FBS and FBO: several pages, each its own step.
    expect(orders.pages).toBeGreaterThan(2);
    expect(orders.rowsInserted).toBe(expected.order_lines);
    expect(orders.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("moves a revoked WB connection to auth_failed on the first 401, without retries, and alerts once", async () => {
    const conn = await h.connect("wildberries");
    const target = { organizationId: conn.organizationId, connectionId: conn.connectionId, trigger: "manual" };
    const [first] = await h.runToEnd("sync.requested", { ...target, resource: "orders" });
    expect(first.status).toBe("Completed");

    await h.control("/revoke", { vendor: "wildberries", accountKey: conn.accountKey });
    const before = (await responses("wildberries"))["401"] ?? 0;
    const [run] = await h.runToEnd("sync.requested", { ...target, resource: "sales" });
    expect(run.status).toBe("Completed");
    expect(run.output).toMatchObject({ status: "failed", errorCode: "auth_failed" });
    // One request reached the vendor: neither the HTTP client nor Inngest retried a 401.
    expect(((await responses("wildberries"))["401"] ?? 0) - before).toBe(1);

    const connection = await h.db.connection.findUniqueOrThrow({ where: { id: conn.connectionId } });
    expect(connection.health).toBe("auth_failed");
    expect(connection.lastErrorCode).toBe("auth_failed");
    const failedRun = await h.db.syncRun.findFirstOrThrow({ where: { connectionId: conn.connectionId, resource: "sales" } });
    expect([failedRun.status, failedRun.errorCode]).toEqual(["failed", "auth_failed"]);
    expect(failedRun.errorMessage).not.toContain(conn.credentials.token);

    const transitions = await h.db.healthTransition.findMany({ where: { connectionId: conn.connectionId } });
    expect(transitions.map((t) => t.toState)).toEqual(["auth_failed"]);
    const deadline = Date.now() + 10_000;
    while (!(await h.db.healthTransition.findFirstOrThrow({ where: { connectionId: conn.connectionId } })).alertedAt) {
      if (Date.now() > deadline) throw new Error("the health alert was not delivered");
      await new Promise((r) => setTimeout(r, 50));
    }
    const { listDueSyncsAcrossOrganizations } = await import("@/lib/data/admin/list-due-syncs-across-organizations");
    const due = await listDueSyncsAcrossOrganizations({ db: h.db, now: new Date(Date.now() + 86_400_000), ...h.app.dueSyncOptions() });
    expect(due.some((d) => d.connectionId === conn.connectionId)).toBe(false);
  });

  it("runs a live check on connection.check.requested and records it", async () => {
    const conn = await h.connect("wildberries");
    const [run] = await h.runToEnd(
      "connection.check.requested",
      { organizationId: conn.organizationId, connectionId: conn.connectionId },
      "seller-dashboard-check-connection",
    );
    expect(run.status).toBe("Completed");
    const checks = await h.db.healthCheck.findMany({ where: { connectionId: conn.connectionId, source: "check" } });
    expect(checks).toHaveLength(1);
    expect(checks[0].ok).toBe(true);
  });
});
