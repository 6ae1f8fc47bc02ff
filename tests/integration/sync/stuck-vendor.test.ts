import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveLocally, type LocalServer } from "../../support/local-server";
import { startSyncHarness, type SyncHarness } from "./harness";

/**
 * A vendor that serves the same full page forever (its cursor never moves): the sync stops
 * after the repeat, records why, and does not loop. The content host here is a scripted fake;
 * the token and the other hosts are the sandbox's.
 */
let h: SyncHarness;
let fake: LocalServer;
let requests = 0;
beforeAll(async () => {
  h = await startSyncHarness({ scale: 300 });
  const cards = Array.from({ length: 100 }, (_, i) => ({
    nmID: 1000 + i,
    vendorCode: `STUCK-${i}`,
    title: `Card ${i}`,
    updatedAt: "2026-05-01T10:00:00Z",
  }));
  fake = await serveLocally((req, res) => {
    requests++;
    req.resume();
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ cards, cursor: { updatedAt: "2026-05-01T10:00:00Z", nmID: 1099, total: 100 } }));
  });
});
afterAll(async () => {
  await fake?.close();
  await h?.close();
});

describe("a vendor whose cursor does not advance", () => {
  it("ends the run after the repeated page instead of looping", async () => {
    const conn = await h.connect("wildberries");
    const summary = await h.app.runSync({
      db: h.db,
      sql: h.sql,
      organizationId: conn.organizationId,
      connectionId: conn.connectionId,
      resource: "products",
      trigger: "cli",
      clientOptions: { wildberries: { rateLimits: [], timeoutMs: 2_000, baseUrls: { content: fake.url } } },
    });
    expect(summary.status).toBe("succeeded");
    expect(summary.pages).toBeLessThanOrEqual(2);
    expect(requests).toBeLessThanOrEqual(2);
    expect(await h.db.product.count({ where: { connectionId: conn.connectionId } })).toBe(100);
    const run = await h.db.syncRun.findUniqueOrThrow({ where: { id: summary.syncRunId } });
    expect(run.progressNote).toContain("paging stopped");
  });
});
