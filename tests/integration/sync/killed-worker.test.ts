import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseUrl } from "../../support/database";
import { startSyncHarness, storedCounts, type SyncHarness } from "./harness";

/**
 * A worker killed with SIGKILL in the middle of a sync: the ops CLI runs the sync in a child
 * process and is killed after a few committed pages. The next run resumes from the stored
 * cursor (it does not start over) and the database ends exactly equal to the vendor's data.
 */
let h: SyncHarness;
beforeAll(async () => {
  h = await startSyncHarness({ scale: 300 });
});
afterAll(() => h?.close());

function startCliSync(args: string[]) {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/cli.ts", ...args], {
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const onData = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => output };
}

const committedPages = (output: string) => Math.max(0, ...[...output.matchAll(/pages=(\d+)/g)].map((m) => Number(m[1])));

describe("a sync worker killed with kill -9", () => {
  it("resumes from its cursor and ends in the same state as an uninterrupted sync", async () => {
    const conn = await h.connect("ozon", { scale: 4000 });
    const { slug } = await h.db.organization.findUniqueOrThrow({ where: { id: conn.organizationId } });
    const expected = await h.summary("ozon", conn.accountKey);

    const cli = startCliSync(["sync", "--org", slug, "--provider", "ozon", "--resource", "orders"]);
    const deadline = Date.now() + 60_000;
    while (committedPages(cli.output()) < 5) {
      if (cli.child.exitCode !== null) throw new Error(`the CLI exited early:\n${cli.output()}`);
      if (Date.now() > deadline) throw new Error(`no progress from the CLI:\n${cli.output()}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    cli.child.kill("SIGKILL");
    expect((await cli.exited).signal).toBe("SIGKILL");

    const interrupted = await h.db.syncRun.findFirstOrThrow({ where: { connectionId: conn.connectionId } });
    expect(interrupted.status).toBe("running");
    expect(interrupted.trigger).toBe("cli");
    const partial = await storedCounts(h.db, conn.connectionId);
    expect(partial.order_lines).toBeGreaterThan(0);
    expect(partial.order_lines).toBeLessThan(expected.order_lines);
    const cursor = await h.db.syncCursor.findFirstOrThrow({ where: { connectionId: conn.connectionId, resource: "orders" } });
    expect(cursor.cursor).toHaveProperty("run.position");

    const resumed = await h.sync(conn, "orders");
    expect(resumed.status).toBe("succeeded");
    expect(resumed.resumed).toBe(true);
    // It went on from the stored page instead of re-reading what was committed (at most one page again).
    expect(resumed.fetched).toBeLessThanOrEqual(expected.order_lines - partial.order_lines + 100 * 3);
    expect(resumed.inserted).toBe(expected.order_lines - partial.order_lines);

    const final = await storedCounts(h.db, conn.connectionId);
    expect([final.orders, final.order_lines]).toEqual([expected.orders, expected.order_lines]);
  }, 90_000);
});
