import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPgliteServer, type RunningPglite } from "@/lib/db/pglite-server";

/**
 * The embedded database serves many pooled connections (the app, the CLI, the seed) over one
 * PGlite session; each connection's protocol cycles and transactions must stay whole.
 */
let server: RunningPglite;
let pool: pg.Pool;

beforeAll(async () => {
  server = await startPgliteServer();
  pool = new pg.Pool({ connectionString: server.connectionString, max: 8 });
  await pool.query("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL); INSERT INTO counter VALUES (1, 0);");
});
afterAll(async () => {
  await pool.end();
  await server.close();
});

describe("embedded PGlite over the socket", () => {
  it("answers each of many concurrent parameterised queries with its own result", async () => {
    const values = Array.from({ length: 200 }, (_, i) => i);
    const results = await Promise.all(
      values.map((v) => pool.query<{ v: number; s: string }>("SELECT $1::int AS v, repeat('x', $1::int) AS s", [v])),
    );
    results.forEach((res, i) => {
      expect(res.rows[0]!.v).toBe(i);
      expect(res.rows[0]!.s).toHaveLength(i);
    });
  });

  it("keeps concurrent transactions whole: no lost updates, rollbacks stay invisible", async () => {
    const increments = Array.from({ length: 40 }, async (_, i) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const { rows } = await client.query<{ n: number }>("SELECT n FROM counter WHERE id = $1 FOR UPDATE", [1]);
        await new Promise((r) => setTimeout(r, 1));
        await client.query("UPDATE counter SET n = $1 WHERE id = $2", [rows[0]!.n + 1, 1]);
        await client.query(i % 4 === 0 ? "ROLLBACK" : "COMMIT");
      } finally {
        client.release();
      }
    });
    await Promise.all(increments);
    const { rows } = await pool.query<{ n: number }>("SELECT n FROM counter WHERE id = 1");
    expect(rows[0]!.n).toBe(30);
  });

  it("rolls back the transaction of a client that disconnects mid-way, and serves others", async () => {
    const quitter = new pg.Client({ connectionString: server.connectionString });
    await quitter.connect();
    await quitter.query("BEGIN");
    await quitter.query("UPDATE counter SET n = -1 WHERE id = 1");
    await quitter.end();
    const { rows } = await pool.query<{ n: number }>("SELECT n FROM counter WHERE id = 1");
    expect(rows[0]!.n).not.toBe(-1);
  });
});
